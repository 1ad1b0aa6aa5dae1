package org.gongkai.keydomain.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A key domain with its sub-items, in the column's order. */
public record KeyDomainView(
        @Schema(examples = "fiscal-budgets") String code,
        @Schema(examples = "财政预决算") String name,
        List<SubItemView> subItems) {
}
