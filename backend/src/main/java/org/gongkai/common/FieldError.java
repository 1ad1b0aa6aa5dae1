package org.gongkai.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One problem with one field of a request: the path of the field, a stable code, and a message. */
@Schema(description = "A problem with one field of the request.")
public record FieldError(
        @Schema(description = "Path of the offending field, e.g. `handling.visits` or `materials[2].copies`; a query parameter's name for query errors.", examples = "handling.promisedTimeLimit") String field,
        @Schema(description = "Stable machine-readable code of the rule that failed (clients translate it).", examples = "promised-exceeds-legal") String code,
        @Schema(description = "Human-readable explanation in English.", examples = "The promised time limit must not exceed the legal time limit.") String message) {
}
