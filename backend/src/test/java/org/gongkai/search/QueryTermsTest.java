package org.gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/** What a query typed into the search box means. */
class QueryTermsTest {

    @Test
    void aTwoCharacterWordIsOneBigram() {
        assertEquals("'规划'", QueryTerms.parse("规划").tsQuery());
    }

    @Test
    void aLongerWordIsItsBigramsInARow() {
        assertEquals("('规划' <-> '划许' <-> '许可')", QueryTerms.parse("规划许可").tsQuery());
    }

    @Test
    void aSingleCharacterIsLookedUpAsItself() {
        assertEquals("'税'", QueryTerms.parse("税").tsQuery());
    }

    @Test
    void termsSeparatedBySpacesMustAllMatch() {
        assertEquals("'规划' & '许可'", QueryTerms.parse("规划 许可").tsQuery());
        assertEquals("'规划' & '许可'", QueryTerms.parse("规划\u3000许可").tsQuery());
        assertEquals("('一窗' <-> '窗受' <-> '受理') & '2026':*", QueryTerms.parse("一窗受理2026").tsQuery());
    }

    @Test
    void aQuotedPhraseIsOneChainAndChineseWordsInItAreJoined() {
        assertEquals("('规划' <-> '划许' <-> '许可')", QueryTerms.parse("\"规划 许可\"").tsQuery());
        assertEquals("('规划' <-> '划许' <-> '许可') & '通知'", QueryTerms.parse("“规划 许可” 通知").tsQuery());
        assertEquals("('规划' <-> '划许' <-> '许可')", QueryTerms.parse("「规划许可").tsQuery());
        assertEquals("('2026' <-> '年度' <-> '度预' <-> '预算')", QueryTerms.parse("\"2026 年度预算\"").tsQuery());
    }

    @Test
    void traditionalAndFullWidthAreTheSameAndAreReportedAsVariants() {
        QueryTerms traditional = QueryTerms.parse("規劃許可 ＰＭ２５");
        assertEquals(QueryTerms.parse("规划许可 pm25").tsQuery(), traditional.tsQuery());
        assertEquals("规划许可 pm25", traditional.variant());
        assertNull(QueryTerms.parse("规划许可 PM25").variant());
    }

    @Test
    void punctuationAloneIsNothingToSearch() {
        assertTrue(QueryTerms.parse("，。！").isEmpty());
        assertTrue(QueryTerms.parse("  ").isEmpty());
        assertTrue(QueryTerms.parse(null).isEmpty());
    }

    @Test
    void theWordsToHighlightAreTheNormalisedRuns() {
        assertEquals(List.of("规划", "许可"), QueryTerms.parse("規劃 \"许可\"").words());
    }

    @Test
    void theGroupsAreWhatMustAllMatchAndAPhraseNeedsPositions() {
        QueryTerms q = QueryTerms.parse("规划许可 通知");
        assertEquals(List.of(List.of("规划", "划许", "许可"), List.of("通知")), q.groups());
        assertTrue(q.needsPositions());
        assertEquals(false, QueryTerms.parse("规划 通知 税").needsPositions());
    }

    @Property
    void anyTextGivesAQueryPostgresCanParseOrNone(@ForAll @StringLength(max = 40) String text) {
        QueryTerms q = QueryTerms.parse(text);
        if (!q.isEmpty()) {
            // every lexeme quoted, only the operators we emit between them
            String outside = q.tsQuery().replaceAll("'(?:[^']|'')*'", "X");
            assertTrue(outside.matches("[X:*()&<\\-> ]+"), q.tsQuery());
        }
    }
}
