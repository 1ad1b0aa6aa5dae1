package org.gongkai.application.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.gongkai.application.api.OfficeApplicationView;
import org.gongkai.common.ApiDocs;

/** The answers every office step on a case shares. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@APIResponse(responseCode = "200", description = "Done.", headers = @Header(name = "ETag", description = "The new version.", schema = @Schema(type = SchemaType.STRING)),
        content = @Content(schema = @Schema(implementation = OfficeApplicationView.class)))
@APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
@APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
@APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
@APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
@APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
@interface OfficeWriteResponses {
}
