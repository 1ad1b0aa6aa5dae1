package org.gongkai.catalogue.guide;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 办理结果: what the applicant receives. */
public record Result(
        Type type,
        @Size(max = 200) @Schema(examples = "机动车驾驶证") String name,
        @Size(max = 500) @Schema(examples = "结果样本：《中华人民共和国机动车驾驶证》（样本见大厅公示）") String sample) {

    /** 结果类型: certificate or licence (证照), approval document (批文), other */
    @Schema(name = "ResultType")
    public enum Type { CERTIFICATE, APPROVAL, OTHER }
}
