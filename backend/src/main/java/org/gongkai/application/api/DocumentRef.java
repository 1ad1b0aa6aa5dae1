package org.gongkai.application.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A document of a case, to download: the applicant's own material, or a document of the reply. */
public record DocumentRef(int position, String fileName, String mediaType, long size,
        @Schema(description = "True for material the applicant attached; false for a document of the office's reply.") boolean fromApplicant) {
}
