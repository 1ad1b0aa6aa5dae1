package org.gongkai.application.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The fee asked for (yuan) and the day it must be paid by; the clock stands until then. */
public record FeeNotice(BigDecimal amount, @Schema(nullable = true, description = "Null once paid.") LocalDate payBy) {
}
