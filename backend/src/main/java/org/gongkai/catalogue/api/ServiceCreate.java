package org.gongkai.catalogue.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.common.Codes;
import org.gongkai.catalogue.guide.ServiceGuide;

/** A new item: its codes, its department and a first draft of its guide. */
@Schema(name = "ServiceCreate")
public record ServiceCreate(
        @NotNull @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) @Schema(examples = "public-security") String departmentCode,
        @NotNull @Pattern(regexp = "[0-9A-Z]{12}", message = "must be 12 digits or capital letters") @Schema(description = "基本编码", examples = "000105009000") String basicCode,
        @NotNull @Pattern(regexp = "[0-9A-Z]{20,36}", message = "must be 20 to 36 digits or capital letters") @Schema(description = "实施编码", examples = "11211400MB0000001X000105009000000001") String implementationCode,
        @NotNull @Valid ServiceGuide guide) {
}
