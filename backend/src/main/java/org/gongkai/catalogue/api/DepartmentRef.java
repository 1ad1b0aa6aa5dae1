package org.gongkai.catalogue.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The department that implements an item (实施主体). */
@Schema(name = "DepartmentRef")
public record DepartmentRef(
        @Schema(examples = "public-security") String code,
        @Schema(examples = "葫芦岛市公安局") String name) {
}
