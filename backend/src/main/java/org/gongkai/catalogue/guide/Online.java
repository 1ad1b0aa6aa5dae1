package org.gongkai.catalogue.guide;

import jakarta.validation.constraints.Size;

/** 网上办理: depth, address, and why a visit is still needed (必须现场办理原因说明). */
public record Online(
        OnlineDepth depth,
        @Size(max = 500) String url,
        @Size(max = 500) String onSiteReason,
        boolean appointment,
        boolean onlinePayment,
        boolean delivery) {
}
