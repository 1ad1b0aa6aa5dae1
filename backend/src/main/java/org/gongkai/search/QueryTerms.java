package org.gongkai.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a search box query means: terms separated by spaces, all of which must match, and quoted
 * phrases ("…", “…”, 「…」) whose words must follow each other. Each term is matched the way
 * {@link SearchText} indexes: a Chinese run of two or more characters as consecutive bigrams, a
 * single Chinese character against the title's characters, a Latin word or number as a prefix.
 * The result is a PostgreSQL {@code tsquery} (configuration 'simple') and the same conditions as
 * {@link Clause}s for other engines, or none when the query has nothing searchable.
 */
public record QueryTerms(String tsQuery, List<String> words, String variant, List<List<String>> groups, List<Clause> clauses) {

    /** One condition every match meets, on normalised text. */
    public record Clause(Match match, String text) {
    }

    public enum Match {
        /** Consecutive terms: a Chinese run's bigrams one after the other, or a quoted phrase's words. */
        PHRASE,
        /** A single Chinese character: in the title. */
        CHARACTER,
        /** A Latin word or number that begins a word. */
        PREFIX
    }

    private record Part(String tsQuery, List<Clause> clauses) {
    }

    /** Parses a query of at most a few hundred characters; never null, {@link #isEmpty} when nothing is searchable. */
    public static QueryTerms parse(String query) {
        if (query == null || query.isBlank()) {
            return new QueryTerms(null, List.of(), null, List.of(), List.of());
        }
        List<String> parts = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<List<String>> groups = new ArrayList<>();
        List<Clause> clauses = new ArrayList<>();
        for (Segment s : segments(SearchText.normalize(query))) {
            List<String> runs = SearchText.runs(s.text());
            words.addAll(runs);
            Part part = s.phrase() ? phrase(runs) : all(runs);
            if (part != null) {
                parts.add(part.tsQuery());
                groups.addAll(lexemeGroups(part.tsQuery()));
                clauses.addAll(part.clauses());
            }
        }
        String normalized = SearchText.normalize(query).strip();
        // a Traditional or full-width query finds what its simplified, half-width form finds: say so
        String variant = normalized.equals(query.strip().toLowerCase(Locale.ROOT)) ? null : normalized;
        return new QueryTerms(parts.isEmpty() ? null : String.join(" & ", parts), List.copyOf(words), variant, List.copyOf(groups),
                List.copyOf(clauses));
    }

    /** True when matching needs term positions (a phrase): the index then only proposes candidates. */
    public boolean needsPositions() {
        return groups.stream().anyMatch(g -> g.size() > 1);
    }

    /** The lexemes of each AND-ed part of a tsquery fragment: a phrase is one group, a word one group of one. */
    private static List<List<String>> lexemeGroups(String part) {
        List<List<String>> groups = new ArrayList<>();
        for (String and : part.split(" & ")) {
            List<String> lexemes = new ArrayList<>();
            java.util.regex.Matcher m = LEXEME.matcher(and);
            while (m.find()) {
                lexemes.add(m.group(1).replace("''", "'"));
            }
            groups.add(List.copyOf(lexemes));
        }
        return groups;
    }

    private static final java.util.regex.Pattern LEXEME = java.util.regex.Pattern.compile("'((?:[^']|'')*)'");

    public boolean isEmpty() {
        return tsQuery == null;
    }

    /** The words to mark in titles and fragments, normalised. */
    public String highlightQuery() {
        return String.join(" ", words);
    }

    private record Segment(String text, boolean phrase) {
    }

    /** Splits on whitespace outside quotes; a quote opened and never closed runs to the end. */
    static List<Segment> segments(String normalized) {
        List<Segment> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char closing = 0;
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (closing != 0) {
                if (c == closing) {
                    out.add(new Segment(current.toString(), true));
                    current.setLength(0);
                    closing = 0;
                } else {
                    current.append(c);
                }
            } else if (c == '"' || c == '“' || c == '「' || c == '『') {
                flush(out, current);
                closing = c == '"' ? '"' : c == '“' ? '”' : c == '「' ? '」' : '』';
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                flush(out, current);
            } else {
                current.append(c);
            }
        }
        if (closing != 0) {
            out.add(new Segment(current.toString(), true));
        } else {
            flush(out, current);
        }
        return out;
    }

    private static void flush(List<Segment> out, StringBuilder current) {
        if (!current.isEmpty()) {
            out.add(new Segment(current.toString(), false));
            current.setLength(0);
        }
    }

    /** An unquoted term: each of its runs must match (一窗受理2026 is 一窗受理 and 2026). */
    private static Part all(List<String> runs) {
        List<String> parts = new ArrayList<>();
        List<Clause> clauses = new ArrayList<>();
        for (String run : runs) {
            if (SearchText.isHan(run.charAt(0))) {
                parts.add(run.length() == 1 ? quote(run) : chain(bigrams(run)));
                clauses.add(new Clause(run.length() == 1 ? Match.CHARACTER : Match.PHRASE, run));
            } else {
                parts.add(quote(run) + ":*");
                clauses.add(new Clause(Match.PREFIX, run));
            }
        }
        return parts.isEmpty() ? null : new Part(String.join(" & ", parts), clauses);
    }

    /**
     * A quoted phrase: every indexed term of it, one after the other. Chinese is written without
     * spaces, so Chinese words of a phrase are joined ("蓼花洲 湿地" is 蓼花洲湿地); single
     * characters alone are not indexed in bodies and drop out.
     */
    private static Part phrase(List<String> runs) {
        List<String> joined = new ArrayList<>();
        for (String run : runs) {
            int last = joined.size() - 1;
            if (last >= 0 && SearchText.isHan(run.charAt(0)) && SearchText.isHan(joined.get(last).charAt(0))) {
                joined.set(last, joined.get(last) + run);
            } else {
                joined.add(run);
            }
        }
        List<String> terms = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (String run : joined) {
            if (!SearchText.isHan(run.charAt(0))) {
                terms.add(run);
                kept.add(run);
            } else if (run.length() > 1) {
                terms.addAll(bigrams(run));
                kept.add(run);
            }
        }
        if (terms.isEmpty()) {
            // a quoted single character: what the unquoted one means
            return all(runs);
        }
        return new Part(chain(terms), List.of(new Clause(Match.PHRASE, String.join(" ", kept))));
    }

    private static String chain(List<String> terms) {
        if (terms.size() == 1) {
            return quote(terms.get(0));
        }
        return "(" + String.join(" <-> ", terms.stream().map(QueryTerms::quote).toList()) + ")";
    }

    private static List<String> bigrams(String run) {
        List<String> grams = new ArrayList<>(run.length() - 1);
        for (int i = 0; i + 1 < run.length(); i++) {
            grams.add(run.substring(i, i + 2));
        }
        return grams;
    }

    private static String quote(String term) {
        return "'" + term.replace("'", "''") + "'";
    }
}
