package org.gongkai.catalogue.guide;

import jakarta.validation.constraints.Size;

/** 办理结果: what the applicant receives. */
public record Result(
        Type type,
        @Size(max = 200) String name,
        @Size(max = 500) String sample) {

    /** 结果类型: certificate or licence (证照), approval document (批文), other */
    public enum Type { CERTIFICATE, APPROVAL, OTHER }
}
