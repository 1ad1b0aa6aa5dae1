package org.gongkai.disclosure;

import java.util.List;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * 索引号, the index number every record of a disclosure catalogue carries. The rule:
 * {@code <department's unified social credit code, or its directory code when it has none>/<year>-<sequence>},
 * the sequence five digits, counted per department and year of creation from 00001, e.g.
 * {@code 11211400MB0000001X/2017-00042}. Numbers only move forward and records are never deleted, so a
 * number is never given twice. Taken by an upsert in the creating transaction: concurrent creations in
 * one department and year queue on the sequence row, and a rolled-back creation gives its number back
 * without anyone having seen it.
 */
@ApplicationScoped
public class IndexNumbers {

    private static final String NEXT = """
            INSERT INTO disclosure_index_sequence (department_code, year, last_value) VALUES (?1, ?2, 1)
            ON CONFLICT (department_code, year) DO UPDATE SET last_value = disclosure_index_sequence.last_value + 1
            RETURNING last_value""";

    /** The next number; call inside the transaction that creates the record. */
    public Uni<String> next(String departmentCode, String prefix, int year) {
        return Panache.getSession().chain(session -> session.createNativeQuery(NEXT, Integer.class)
                .setParameter(1, departmentCode).setParameter(2, year).getSingleResult())
                .map(n -> format(prefix, year, n));
    }

    private static final String RESERVE = """
            INSERT INTO disclosure_index_sequence (department_code, year, last_value) VALUES (?1, ?2, ?3)
            ON CONFLICT (department_code, year) DO UPDATE SET last_value = disclosure_index_sequence.last_value + ?3
            RETURNING last_value""";

    /** The next {@code count} numbers at once, in order (an import); call inside the transaction that creates the records. */
    public Uni<List<String>> reserve(String departmentCode, String prefix, int year, int count) {
        return Panache.getSession().chain(session -> session.createNativeQuery(RESERVE, Integer.class)
                .setParameter(1, departmentCode).setParameter(2, year).setParameter(3, count).getSingleResult())
                .map(last -> IntStream.rangeClosed(last - count + 1, last).mapToObj(n -> format(prefix, year, n)).toList());
    }

    static String format(String prefix, int year, int sequence) {
        return prefix + "/" + year + "-" + String.format("%05d", sequence);
    }
}
