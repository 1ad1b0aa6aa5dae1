package org.gongkai.catalogue.guide;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 设定依据: a law or regulation and the provision that sets up the item. */
public record LegalBasis(
        @NotBlank @Size(max = 300) String title,
        @Size(max = 2000) String provision) {
}
