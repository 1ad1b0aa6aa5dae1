package org.gongkai.catalogue.guide;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 收费标准: "no fee" is explicit (charged = false). */
public record Fees(
        boolean charged,
        @Size(max = 300) @Schema(examples = "《关于公安部门有关收费标准的通知》") String basis,
        @Size(max = 20) List<@Valid Fee> items) {
}
