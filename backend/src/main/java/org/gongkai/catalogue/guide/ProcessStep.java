package org.gongkai.catalogue.guide;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 办理流程: one step (申请, 受理, 审查, 决定, 送达 …). */
public record ProcessStep(
        @NotBlank @Size(max = 100) @Schema(examples = "受理") String name,
        @Size(max = 1000) @Schema(examples = "窗口审核申请材料，材料齐全的当场受理") String description,
        @Size(max = 100) @Schema(examples = "车辆管理所") String office,
        @Size(max = 100) @Schema(examples = "窗口工作人员") String handlerRole,
        @Valid TimeLimit timeLimit) {
}
