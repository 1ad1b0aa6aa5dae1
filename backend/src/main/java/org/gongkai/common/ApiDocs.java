package org.gongkai.common;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Shared parts of the published contract: the error responses every operation refers to. */
@OpenAPIDefinition(
        info = @Info(title = "Gongkai open-government API", version = "1.0.0"),
        servers = @Server(url = "http://localhost:8080", description = "Local run (./gongkai run)"),
        tags = {
            @Tag(name = "Services", description = "The government service catalogue (政务服务事项目录) and its guides (办事指南)."),
            @Tag(name = "Departments", description = "The city's departments (机构名录) and their contacts."),
        },
        components = @Components(responses = {
            @APIResponse(name = ApiDocs.BAD_REQUEST_NAME, responseCode = "400", description = "Invalid input; `errors` names each offending field.",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = ApiDocs.UNAUTHORIZED_NAME, responseCode = "401", description = "No valid access token.",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = ApiDocs.FORBIDDEN_NAME, responseCode = "403", description = "The caller's role or department does not allow this.",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = ApiDocs.NOT_FOUND_NAME, responseCode = "404", description = "No such resource.",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = ApiDocs.CONFLICT_NAME, responseCode = "409", description = "Conflicts with the current state.",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = ApiDocs.PRECONDITION_FAILED_NAME, responseCode = "412", description = "Someone else changed it since you read it; the `ETag` header carries the current version.",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = ApiDocs.UNPROCESSABLE_NAME, responseCode = "422", description = "Well-formed but breaks the data-quality rules; `errors` names each field.",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = ApiDocs.PRECONDITION_REQUIRED_NAME, responseCode = "428", description = "The If-Match header is missing.",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = ApiDocs.TOO_LARGE_NAME, responseCode = "413", description = "The body or file is larger than this API accepts.",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = ApiDocs.UNSUPPORTED_TYPE_NAME, responseCode = "415", description = "The file's content is not of a type this API accepts, whatever its name.",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = ApiDocs.UNAVAILABLE_NAME, responseCode = "503", description = "The identity service is unreachable; signed-in requests cannot be checked.",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
        }))
public class ApiDocs extends Application {

    public static final String SECURITY_SCHEME = "keycloak";

    static final String BAD_REQUEST_NAME = "BadRequest";
    static final String UNAUTHORIZED_NAME = "Unauthorized";
    static final String FORBIDDEN_NAME = "Forbidden";
    static final String NOT_FOUND_NAME = "NotFound";
    static final String CONFLICT_NAME = "Conflict";
    static final String PRECONDITION_FAILED_NAME = "PreconditionFailed";
    static final String UNPROCESSABLE_NAME = "Unprocessable";
    static final String PRECONDITION_REQUIRED_NAME = "PreconditionRequired";
    static final String UNAVAILABLE_NAME = "ServiceUnavailable";
    static final String TOO_LARGE_NAME = "TooLarge";
    static final String UNSUPPORTED_TYPE_NAME = "UnsupportedFileType";

    private static final String RESPONSES = "#/components/responses/";
    public static final String BAD_REQUEST = RESPONSES + BAD_REQUEST_NAME;
    public static final String UNAUTHORIZED = RESPONSES + UNAUTHORIZED_NAME;
    public static final String FORBIDDEN = RESPONSES + FORBIDDEN_NAME;
    public static final String NOT_FOUND = RESPONSES + NOT_FOUND_NAME;
    public static final String CONFLICT = RESPONSES + CONFLICT_NAME;
    public static final String PRECONDITION_FAILED = RESPONSES + PRECONDITION_FAILED_NAME;
    public static final String UNPROCESSABLE = RESPONSES + UNPROCESSABLE_NAME;
    public static final String PRECONDITION_REQUIRED = RESPONSES + PRECONDITION_REQUIRED_NAME;
    public static final String UNAVAILABLE = RESPONSES + UNAVAILABLE_NAME;
    public static final String TOO_LARGE = RESPONSES + TOO_LARGE_NAME;
    public static final String UNSUPPORTED_TYPE = RESPONSES + UNSUPPORTED_TYPE_NAME;
}
