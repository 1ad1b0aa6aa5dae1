package org.gongkai.catalogue.guide;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 收费项目 */
public record Fee(
        @NotBlank @Size(max = 200) @Schema(examples = "机动车驾驶证工本费") String name,
        @Size(max = 300) @Schema(examples = "10元/证") String standard,
        @Size(max = 300) @Schema(examples = "《关于公安部门有关收费标准的通知》") String basis,
        boolean reducible,
        @Size(max = 300) String reductionBasis) {
}
