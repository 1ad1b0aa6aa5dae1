package org.gongkai.catalogue.guide;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 收费项目 */
public record Fee(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 300) String standard,
        @Size(max = 300) String basis,
        boolean reducible,
        @Size(max = 300) String reductionBasis) {
}
