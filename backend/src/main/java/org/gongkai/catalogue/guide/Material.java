package org.gongkai.catalogue.guide;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 申请材料: one document the applicant provides. */
public record Material(
        @NotBlank @Size(max = 200) @Schema(examples = "居民身份证") String name,
        Kind kind,
        Form form,
        Necessity necessity,
        Source source,
        @Min(0) @Max(100) Integer copies,
        @Size(max = 200) @Schema(examples = "A4纸张") String specification,
        @Size(max = 500) @Schema(examples = "https://zwfw.huludao.example/forms/apply.pdf") String blankForm,
        @Size(max = 500) @Schema(examples = "https://zwfw.huludao.example/forms/sample.pdf") String sampleForm,
        @Size(max = 1000) @Schema(examples = "提交原件核验，复印件留存") String notes,
        @Size(max = 500) @Schema(examples = "在有效期内") String acceptanceStandard,
        @Size(max = 300) @Schema(examples = "《机动车驾驶证申领和使用规定》第十四条") String basis) {

    /** 材料类型 */
    @Schema(name = "MaterialKind")
    public enum Kind { ORIGINAL, COPY, ORIGINAL_AND_COPY, ELECTRONIC }

    /** 材料形式 */
    @Schema(name = "MaterialForm")
    public enum Form { PAPER, ELECTRONIC, PAPER_OR_ELECTRONIC }

    /** 必要性: required, optional, or may follow later (容缺) */
    @Schema(name = "MaterialNecessity")
    public enum Necessity { REQUIRED, OPTIONAL, DEFERRABLE }

    /** 来源渠道 */
    @Schema(name = "MaterialSource")
    public enum Source { APPLICANT, GOVERNMENT, OTHER }
}
