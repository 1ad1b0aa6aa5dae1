package org.gongkai.catalogue.guide;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * 办事指南: the whole service guide of an item, as drafted by staff and as published in a version.
 * Structural limits are checked on every save; the data-quality rules ({@code GuideRules}) only
 * when a draft is validated or published, so that a half-written draft can still be saved.
 */
public record ServiceGuide(
        @NotBlank @Size(max = 200) String name,
        @NotNull ItemType type,
        @NotNull Audience audience,
        @Size(max = 200) String mainItem,
        @Size(max = 100) String variant,
        @Size(max = 20) List<@NotBlank @Pattern(regexp = "[a-z][a-z0-9-]*") String> themes,
        @Valid Authority authority,
        @Valid Handling handling,
        @Valid Online online,
        @Size(max = 60) List<@Valid Material> materials,
        @Valid Fees fees,
        @Size(max = 30) List<@Valid ProcessStep> steps,
        @Valid Result result,
        @Size(max = 50) List<@Valid Faq> faq,
        @Size(max = 20) List<@NotBlank @Size(max = 300) String> intermediaryServices,
        @Size(max = 3000) String rightsAndObligations,
        @Size(max = 1000) String remedies) {
}
