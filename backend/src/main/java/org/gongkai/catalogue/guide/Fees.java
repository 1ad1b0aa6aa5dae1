package org.gongkai.catalogue.guide;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** 收费标准: "no fee" is explicit (charged = false). */
public record Fees(
        boolean charged,
        @Size(max = 300) String basis,
        @Size(max = 20) List<@Valid Fee> items) {
}
