package org.gongkai.catalogue.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI shape of {@code Page<AdminServiceSummary>}. */
@Schema(name = "AdminServicePage")
public record AdminServicePage(List<AdminServiceSummary> items, long total, int page, int size) {
}
