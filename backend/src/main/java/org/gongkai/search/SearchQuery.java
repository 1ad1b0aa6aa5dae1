package org.gongkai.search;

import org.gongkai.disclosure.FivePublic;
import org.gongkai.disclosure.Validity;

/** A parsed search: the terms (possibly empty: browsing) and the facet filters, each null when not set. */
public record SearchQuery(QueryTerms terms, SearchKind kind, String department, String domain, String subItem, Integer year,
        FivePublic category, Validity validity) {

    public boolean hasText() {
        return terms != null && !terms.isEmpty();
    }
}
