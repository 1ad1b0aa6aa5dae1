package org.gongkai.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.gongkai.catalogue.api.DepartmentRef;
import org.gongkai.common.DomainException;
import org.gongkai.common.PageRequest;
import org.gongkai.search.api.Facet;
import org.gongkai.search.api.SearchHit;
import org.gongkai.search.api.SearchResponse;
import org.gongkai.search.api.Suggestions;

import io.smallrye.mutiny.Uni;

/** The public search: one query over service items and published disclosure records, through the configured engine. */
@ApplicationScoped
public class SearchService {

    static final List<String> FACET_ORDER = List.of("kind", "department", "domain", "subItem", "year", "category", "validity");

    private final SearchEngine engine;

    public SearchService(SearchEngine engine) {
        this.engine = engine;
    }

    public Uni<SearchResponse> search(SearchQuery query, PageRequest page) {
        if (page.offset() + page.size() > SearchEngine.MAX_DEPTH) {
            throw new DomainException.InvalidInput("page", "too-deep",
                    "Search results go " + SearchEngine.MAX_DEPTH + " deep: page × size must be at most " + SearchEngine.MAX_DEPTH + "; narrow the search with a facet instead.");
        }
        String words = query.hasText() ? query.terms().highlightQuery() : "";
        return engine.search(query, page).map(found -> new SearchResponse(
                found.matches().stream().map(m -> hit(m, words)).toList(), found.total(), found.exact(), page.page(), page.size(),
                facets(found.facets()), query.hasText() && !found.matches().isEmpty() ? query.terms().variant() : null));
    }

    public Uni<Suggestions> suggest(QueryTerms typed, int limit) {
        return engine.suggest(typed, limit).map(Suggestions::new);
    }

    private static SearchHit hit(SearchEngine.Match m, String words) {
        Fragment fragment = words.isEmpty() ? null : Fragment.find(m.text(), words);
        return new SearchHit(m.id(), m.kind(), m.title(), words.isEmpty() ? List.of() : Fragment.highlights(m.title(), words), m.reference(),
                m.documentNumber(), new DepartmentRef(m.departmentCode(), m.departmentName()), m.publishedOn(), m.validity(), m.inForce(), fragment);
    }

    /** Facets in a fixed order, values by count (most first), then by value. */
    static List<Facet> facets(List<SearchEngine.FacetCount> counts) {
        Map<String, List<Facet.FacetValue>> byFacet = new LinkedHashMap<>();
        FACET_ORDER.forEach(name -> byFacet.put(name, new ArrayList<>()));
        for (SearchEngine.FacetCount c : counts) {
            byFacet.computeIfAbsent(c.facet(), k -> new ArrayList<>()).add(new Facet.FacetValue(c.value(), c.count()));
        }
        return byFacet.entrySet().stream().map(e -> new Facet(e.getKey(), e.getValue().stream()
                .sorted((a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count()) : a.value().compareTo(b.value())).toList())).toList();
    }
}
