package org.gongkai.catalogue.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI shape of {@code Page<ServiceSummary>} (generic records have no schema of their own). */
@Schema(name = "ServicePage")
public record ServicePage(List<ServiceSummary> items, long total, int page, int size) {
}
