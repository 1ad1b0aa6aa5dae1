package org.gongkai.search;

import java.util.List;

import org.gongkai.common.PageRequest;

import io.smallrye.mutiny.Uni;

/**
 * The one seam between the search feature and where its index lives. The engine finds, ranks and
 * counts; {@link SearchService} turns what it found into the API's hits (fragments, highlights).
 * Ranking is the same for every engine: title matches first, then what is in force, then the newest.
 */
public interface SearchEngine {

    /** Counting stops here; beyond it totals and facet counts are estimates. */
    int EXACT_LIMIT = 10_000;

    /** How deep results go: page × size at most this (web search engines stop near here too). */
    int MAX_DEPTH = 1_000;

    Uni<Found> search(SearchQuery query, PageRequest page);

    /** Titles matching what has been typed so far, newest first. */
    Uni<List<String>> suggest(QueryTerms typed, int limit);

    /** What an engine found: the page in rank order, the total and the facet counts. */
    record Found(List<Match> matches, long total, boolean exact, List<FacetCount> facets) {
    }

    /** One hit as the engine returns it; {@code text} is the body text to cut a fragment from. */
    record Match(java.util.UUID id, SearchKind kind, String title, String reference, String documentNumber, String departmentCode,
            String departmentName, java.time.LocalDate publishedOn, String validity, boolean inForce, String text) {
    }

    record FacetCount(String facet, String value, long count) {
    }
}
