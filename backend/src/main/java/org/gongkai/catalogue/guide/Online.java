package org.gongkai.catalogue.guide;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 网上办理: depth, address, and why a visit is still needed (必须现场办理原因说明). */
public record Online(
        OnlineDepth depth,
        @Size(max = 500) @Schema(examples = "https://zwfw.huludao.example/item/000173004000") String url,
        @Size(max = 500) @Schema(examples = "需现场采集照片并核验身份证件原件") String onSiteReason,
        boolean appointment,
        boolean onlinePayment,
        boolean delivery) {
}
