package org.gongkai.search.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SearchResults", description = "A page of search results with facet counts.")
public record SearchResponse(
        @Schema(description = "The hits of this page, best first: title matches, then what is in force, then the newest.") List<SearchHit> items,
        @Schema(description = "Number of matches: exact up to 10,000; beyond it an estimate (totalExact false), shown as \"about N\".", examples = "1204") long total,
        @Schema(description = "Whether total and the facet counts are exact.") boolean totalExact,
        @Schema(description = "Page number, from 1.", examples = "1") int page,
        @Schema(description = "Page size.", examples = "20") int size,
        @Schema(description = "Counts of the matches per facet value (exact when totalExact).") List<Facet> facets,
        @Schema(description = "The query in simplified, half-width form when it was typed otherwise; the results are those of this form.", examples = "规划许可") String didYouMean) {
}
