package org.gongkai.keydomain.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A key domain's name and sub-items, in their new order. A sub-item may be renamed or added, never
 * removed: published records are filed under it.
 */
public record KeyDomainUpdate(
        @NotBlank @Size(max = 60) @Schema(examples = "财政预决算") String name,
        @NotNull @Size(min = 1, max = 30) List<@NotNull @Valid SubItemView> subItems) {
}
