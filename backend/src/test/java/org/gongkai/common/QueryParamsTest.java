package org.gongkai.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class QueryParamsTest {

    @Test
    void aDateIsReadOrAbsent() {
        assertEquals(LocalDate.of(2026, 12, 1), QueryParams.date("from", " 2026-12-01 "));
        assertNull(QueryParams.date("from", ""));
    }

    /** Dates the parser accepts but whose next day or start instant would overflow are refused, not a 500. */
    @ParameterizedTest
    @ValueSource(strings = { "+999999999-12-31", "-999999999-01-01", "1899-12-31", "10000-01-01", "2026-13-01", "yesterday" })
    void aDateOutsideTheRangeNamesTheField(String raw) {
        var error = assertThrows(DomainException.InvalidInput.class, () -> QueryParams.date("to", raw));
        assertEquals("to", error.errors().get(0).field());
    }
}
