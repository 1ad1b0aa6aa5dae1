package org.gongkai.catalogue.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.common.FieldError;

/** The data-quality check of a draft, field by field. */
@Schema(name = "ValidationReport")
public record ValidationReport(
        @Schema(description = "True when the draft may be published.") boolean valid,
        List<FieldError> errors) {
}
