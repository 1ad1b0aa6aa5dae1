package org.gongkai.search.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SearchFacet", description = "The counts of one facet: kind, department, domain, subItem, year, category (五公开) or validity.")
public record Facet(@Schema(examples = "department") String name, List<FacetValue> values) {

    @Schema(name = "SearchFacetValue")
    public record FacetValue(@Schema(examples = "public-security") String value, @Schema(examples = "120") long count) {
    }
}
