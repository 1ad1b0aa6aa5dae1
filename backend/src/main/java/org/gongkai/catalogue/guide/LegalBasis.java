package org.gongkai.catalogue.guide;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 设定依据: a law or regulation and the provision that sets up the item. */
public record LegalBasis(
        @NotBlank @Size(max = 300) @Schema(examples = "《中华人民共和国道路交通安全法》") String title,
        @Size(max = 2000) @Schema(examples = "第十九条 驾驶机动车，应当依法取得机动车驾驶证。") String provision) {
}
