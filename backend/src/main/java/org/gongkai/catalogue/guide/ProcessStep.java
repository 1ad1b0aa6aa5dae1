package org.gongkai.catalogue.guide;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 办理流程: one step (申请, 受理, 审查, 决定, 送达 …). */
public record ProcessStep(
        @NotBlank @Size(max = 100) String name,
        @Size(max = 1000) String description,
        @Size(max = 100) String office,
        @Size(max = 100) String handlerRole,
        @Valid TimeLimit timeLimit) {
}
