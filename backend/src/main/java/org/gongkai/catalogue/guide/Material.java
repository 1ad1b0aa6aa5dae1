package org.gongkai.catalogue.guide;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 申请材料: one document the applicant provides. */
public record Material(
        @NotBlank @Size(max = 200) String name,
        Kind kind,
        Form form,
        Necessity necessity,
        Source source,
        @Min(0) @Max(100) Integer copies,
        @Size(max = 200) String specification,
        @Size(max = 500) String blankForm,
        @Size(max = 500) String sampleForm,
        @Size(max = 1000) String notes,
        @Size(max = 500) String acceptanceStandard,
        @Size(max = 300) String basis) {

    /** 材料类型 */
    public enum Kind { ORIGINAL, COPY, ORIGINAL_AND_COPY, ELECTRONIC }

    /** 材料形式 */
    public enum Form { PAPER, ELECTRONIC, PAPER_OR_ELECTRONIC }

    /** 必要性: required, optional, or may follow later (容缺) */
    public enum Necessity { REQUIRED, OPTIONAL, DEFERRABLE }

    /** 来源渠道 */
    public enum Source { APPLICANT, GOVERNMENT, OTHER }
}
