package org.gongkai.search.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

class TrigramsTest {

    @Test
    void aLongTermIsCoveredByEveryThirdTrigramAndTheLast() {
        assertEquals(List.of("蓼花洲", "花洲湿"), OpenSearchQueries.trigrams("蓼花洲湿"));
        assertEquals(List.of("蓼花洲", "湿地公", "地公园"), OpenSearchQueries.trigrams("蓼花洲湿地公园"));
        assertEquals(List.of("蓼花洲"), OpenSearchQueries.trigrams("蓼花洲"));
    }

    @Test
    void shortRunsAndLatinHaveNone() {
        assertEquals(List.of(), OpenSearchQueries.trigrams("湿地"));
        assertEquals(List.of(), OpenSearchQueries.trigrams("report 2026"));
        assertEquals(List.of("葫芦岛"), OpenSearchQueries.trigrams("ai 葫芦岛 湿地"));
    }

    /** Each trigram is in the term, so in every text that holds it; the first begins it and the last ends it. */
    @Property
    void theTrigramsAreInTheTermFromItsStartToItsEnd(@ForAll @StringLength(min = 3, max = 30) @CharRange(from = '一', to = '龥') String term) {
        List<String> grams = OpenSearchQueries.trigrams(term);
        grams.forEach(g -> assertTrue(g.length() == 3 && term.contains(g), g));
        assertTrue(term.startsWith(grams.get(0)));
        assertTrue(term.endsWith(grams.get(grams.size() - 1)));
        assertTrue(grams.size() <= term.length() / 3 + 1);
    }
}
