package org.gongkai.catalogue.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.catalogue.guide.Audience;

/** A theme or life event (主题分类) with the number of published items in it. */
@Schema(name = "Theme")
public record ThemeView(
        @Schema(examples = "social-security") String code,
        @Schema(description = "PERSON (for residents) or LEGAL_ENTITY (for companies).") Audience audience,
        @Schema(examples = "社会保障") String name,
        @Schema(examples = "Social security") String nameEn,
        @Schema(examples = "42") long serviceCount) {
}
