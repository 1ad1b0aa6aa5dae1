package org.gongkai.catalogue.guide;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.common.Codes;

/**
 * 办事指南: the whole service guide of an item, as drafted by staff and as published in a version.
 * Structural limits are checked on every save; the data-quality rules ({@code GuideRules}) only
 * when a draft is validated or published, so that a half-written draft can still be saved.
 */
public record ServiceGuide(
        @NotBlank @Size(max = 200) @Schema(examples = "机动车驾驶证核发（初次申领）") String name,
        @NotNull ItemType type,
        @NotNull Audience audience,
        @Size(max = 200) @Schema(examples = "机动车驾驶证核发") String mainItem,
        @Size(max = 100) @Schema(examples = "初次申领") String variant,
        @Size(max = 20) List<@NotBlank @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String> themes,
        @Valid Authority authority,
        @Valid Handling handling,
        @Valid Online online,
        @Size(max = 60) List<@Valid Material> materials,
        @Valid Fees fees,
        @Size(max = 30) List<@Valid ProcessStep> steps,
        @Valid Result result,
        @Size(max = 50) List<@Valid Faq> faq,
        @Size(max = 20) List<@NotBlank @Size(max = 300) String> intermediaryServices,
        @Size(max = 3000) @Schema(examples = "申请人享有依法申请、陈述、申辩的权利，负有如实提交材料的义务。") String rightsAndObligations,
        @Size(max = 1000) @Schema(examples = "对办理结果不服的，可自收到决定之日起60日内向葫芦岛市人民政府申请行政复议，或在6个月内向人民法院提起行政诉讼。") String remedies) {
}
