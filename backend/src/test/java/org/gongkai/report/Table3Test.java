package org.gongkai.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.application.ApplicantType;
import org.gongkai.application.OrganisationKind;
import org.gongkai.application.Outcome;
import org.gongkai.application.OutcomeReason;
import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class Table3Test {

    static Table3.Case person(String received, String handled, Outcome o, OutcomeReason r) {
        return new Table3.Case(ApplicantType.NATURAL_PERSON, null, LocalDate.parse(received), handled == null ? null : LocalDate.parse(handled), o, r);
    }

    @Test
    void rowsAndColumnsOfTheForm() {
        var cases = List.of(
                person("2016-12-20", "2017-01-10", Outcome.DISCLOSED, null), // carried in, handled
                person("2017-03-01", "2017-03-20", Outcome.NOT_DISCLOSED, OutcomeReason.STATE_SECRET),
                new Table3.Case(ApplicantType.ORGANISATION, OrganisationKind.LEGAL_SERVICE, LocalDate.parse("2017-12-20"), null, null, null), // carried out
                person("2016-05-01", "2016-05-20", Outcome.DISCLOSED, null), // handled before the year: not in it
                person("2018-01-02", null, null, null)); // after the year
        var rows = Table3.compute(cases, 2017);
        assertArrayEquals(new long[] { 1, 0, 0, 0, 1, 0, 2 }, Table3.find(rows, "received"));
        assertArrayEquals(new long[] { 1, 0, 0, 0, 0, 0, 1 }, Table3.find(rows, "carriedIn"));
        assertArrayEquals(new long[] { 1, 0, 0, 0, 0, 0, 1 }, Table3.find(rows, "DISCLOSED"));
        assertArrayEquals(new long[] { 1, 0, 0, 0, 0, 0, 1 }, Table3.find(rows, "NOT_DISCLOSED.STATE_SECRET"));
        assertArrayEquals(new long[] { 2, 0, 0, 0, 0, 0, 2 }, Table3.find(rows, "handled"));
        assertArrayEquals(new long[] { 0, 0, 0, 0, 1, 0, 1 }, Table3.find(rows, "carriedOut"));
        assertEquals(List.of(), Table3.violations(rows));
        // every row of the 2021 form: 4 sections, 6 outcomes with their 19 sub-rows, （七）总计
        assertEquals(3 + 6 + 19 + 1 + 1, rows.size());
        assertEquals("（三）不予公开", rows.stream().filter(r -> r.key().equals("NOT_DISCLOSED")).findFirst().orElseThrow().label());
    }

    @Test
    void aBrokenTableIsCaught() {
        var rows = Table3.compute(List.of(person("2017-03-01", "2017-03-20", Outcome.DISCLOSED, null)), 2017);
        Table3.find(rows, "carriedOut")[0]++;
        assertTrue(Table3.violations(rows).get(0).startsWith("自然人: 一 + 二"));
    }

    @Property(tries = 300)
    void oneAndTwoEqualSevenAndFourInEveryColumnAndTheCitySumsItsDepartments(@ForAll("histories") List<Table3.Case> cases,
            @ForAll @IntRange(min = 2015, max = 2019) int year) {
        var rows = Table3.compute(cases, year);
        assertEquals(List.of(), Table3.violations(rows));
        // split into "departments" by position: their sum is the whole
        var parts = new ArrayList<List<Table3.Row>>();
        for (int d = 0; d < 3; d++) {
            int dept = d;
            parts.add(Table3.compute(java.util.stream.IntStream.range(0, cases.size()).filter(i -> i % 3 == dept).mapToObj(cases::get).toList(), year));
        }
        var sum = Table3.sum(parts, year);
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).counts() != null) {
                assertArrayEquals(rows.get(r).counts(), sum.get(r).counts(), rows.get(r).label());
            }
        }
        // and next year's carry-in is this year's carry-out
        assertArrayEquals(Table3.find(rows, "carriedOut"), Table3.find(Table3.compute(cases, year + 1), "carriedIn"));
    }

    @Provide
    Arbitrary<List<Table3.Case>> histories() {
        Arbitrary<Outcome> outcomes = Arbitraries.of(Outcome.class);
        Arbitrary<Table3.Case> one = Combinators.combine(Arbitraries.of(ApplicantType.class), Arbitraries.of(OrganisationKind.class),
                Arbitraries.integers().between(0, 365 * 6), Arbitraries.integers().between(-1, 120), outcomes, Arbitraries.integers().between(0, 20))
                .as((type, kind, day, took, outcome, pick) -> {
                    LocalDate received = LocalDate.of(2014, 6, 1).plusDays(day);
                    if (took < 0) {
                        return new Table3.Case(type, type == ApplicantType.ORGANISATION ? kind : null, received, null, null, null);
                    }
                    var reasons = new ArrayList<>(outcome.reasons());
                    OutcomeReason reason = reasons.isEmpty() ? null : reasons.get(pick % reasons.size());
                    return new Table3.Case(type, type == ApplicantType.ORGANISATION ? kind : null, received, received.plusDays(took), outcome, reason);
                });
        return one.list().ofMaxSize(200);
    }
}
