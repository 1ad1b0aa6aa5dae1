package org.gongkai.common;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The one error shape of the API: RFC 9457 problem details, with field errors for invalid input. */
@Schema(name = "Problem", description = "RFC 9457 problem details (media type application/problem+json).")
public record Problem(
        @Schema(description = "URI identifying the problem type.", examples = "https://gongkai.example/problems/validation") String type,
        @Schema(description = "Short summary of the problem type.", examples = "Invalid request") String title,
        @Schema(description = "HTTP status code.", examples = "400") int status,
        @Schema(description = "Explanation of this occurrence.", examples = "2 fields are invalid.") String detail,
        @Schema(description = "The request path.", examples = "/api/v1/services") String instance,
        @Schema(description = "Field-level errors, when the input was invalid.") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://gongkai.example/problems/";
}
