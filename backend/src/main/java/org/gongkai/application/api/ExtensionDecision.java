package org.gongkai.application.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The office head's decision on a pending extension. */
public record ExtensionDecision(@NotNull Boolean approve, @Size(max = 2000) @Schema(nullable = true) String note) {
}
