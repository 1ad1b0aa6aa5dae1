package org.gongkai.disclosure.content;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A file of a record. Only the id counts when a draft is saved: the rest is what the upload stored. */
public record AttachmentRef(
        @NotNull UUID id,
        @Schema(examples = "关于进一步加强政务公开工作的通知.pdf", readOnly = true) String fileName,
        @Schema(examples = "application/pdf", readOnly = true) String mediaType,
        @Schema(description = "Bytes.", examples = "184320", readOnly = true) long size) {
}
