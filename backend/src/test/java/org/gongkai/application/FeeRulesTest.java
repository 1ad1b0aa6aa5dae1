package org.gongkai.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class FeeRulesTest {

    @Test
    void requestsInAMonth() {
        assertEquals(0, FeeRules.byRequests(1).intValue());
        assertEquals(0, FeeRules.byRequests(10).intValue());
        assertEquals(100, FeeRules.byRequests(11).intValue());
        assertEquals(100, FeeRules.byRequests(30).intValue());
        assertEquals(200, FeeRules.byRequests(31).intValue());
        assertEquals(200, FeeRules.byRequests(40).intValue());
        assertEquals(300, FeeRules.byRequests(41).intValue());
    }

    @Test
    void pagesProgressively() {
        assertEquals(0, FeeRules.byPages(30).intValue());
        assertEquals(10, FeeRules.byPages(31).intValue());
        assertEquals(700, FeeRules.byPages(100).intValue());
        assertEquals(700 + 20, FeeRules.byPages(101).intValue());
        assertEquals(700 + 2000, FeeRules.byPages(200).intValue());
        assertEquals(700 + 2000 + 40, FeeRules.byPages(201).intValue());
    }

    @Property
    void onePageMoreNeverCostsLessAndAtMostFortyYuan(@ForAll @IntRange(min = 0, max = 100_000) int pages) {
        BigDecimal step = FeeRules.byPages(pages + 1).subtract(FeeRules.byPages(pages));
        assertTrue(step.signum() >= 0 && step.intValue() <= 40, "page " + (pages + 1) + " costs " + step);
    }

    @Property
    void aLaterRequestNeverCostsLess(@ForAll @IntRange(min = 1, max = 10_000) int n) {
        assertTrue(FeeRules.byRequests(n + 1).compareTo(FeeRules.byRequests(n)) >= 0);
    }
}
