package org.gongkai.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.ibm.icu.text.Transliterator;

/**
 * Chinese-aware search text. PostgreSQL has no Chinese word splitter here, so text is indexed as
 * overlapping character pairs (bigrams), which answers the commonest query (a two-character word)
 * from a GIN index; Latin words and numbers are indexed whole. Text is normalised first — Traditional
 * to Simplified, full-width to half-width, lower case — so 規劃 and 规划 are the same term.
 * Normalisation goes character by character, so a position in normalised text is the same position
 * in the original, which lets fragments be cut from the original text.
 */
public final class SearchText {

    /**
     * The normal form of every character of the Basic Multilingual Plane, built once: Traditional ->
     * Simplified with ICU's Hant-Hans transliterator, full -> half width (NFKC) and lower case. A table
     * lookup is what keeps normalising long texts (indexing, cutting fragments of every hit) cheap:
     * per character, the script lookup and NFKC were most of a search request's own time.
     */
    private static final class Table {
        static final char[] NORMAL = build();

        private static char[] build() {
            Transliterator simplified = Transliterator.getInstance("Hant-Hans");
            char[] table = new char[Character.MAX_VALUE + 1];
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                table[c] = normal((char) c, simplified);
            }
            return table;
        }

        private static char normal(char c, Transliterator simplified) {
            if (Character.isSurrogate(c)) {
                return c;
            }
            if (c < 0x80) {
                return Character.toLowerCase(c);
            }
            if (isHan(c)) {
                String s = simplified.transliterate(String.valueOf(c));
                return s.length() == 1 ? s.charAt(0) : c;
            }
            String folded = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
            return folded.length() == 1 ? folded.charAt(0) : Character.toLowerCase(c);
        }
    }

    /** Which characters are Han, by Unicode script: apart from {@link Table}, so that asking needs no ICU. */
    private static final class Han {
        static final boolean[] TABLE = build();

        private static boolean[] build() {
            boolean[] table = new boolean[Character.MAX_VALUE + 1];
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                table[c] = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
            }
            return table;
        }
    }

    private SearchText() {
    }

    /** Normalised text with exactly one output character per input character (UTF-16 unit). */
    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char[] normal = Table.NORMAL;
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = normal[text.charAt(i)];
        }
        return new String(out);
    }

    /** The terms of a text as a space-separated list, for {@code to_tsvector('simple', ...)}. */
    public static String indexTokens(String text) {
        return String.join(" ", terms(normalize(text)));
    }

    /**
     * A tsquery for the user's words: every word must match; a Chinese run matches as consecutive
     * bigrams (a phrase); a Latin word also matches longer words it begins. Null when the query has
     * nothing searchable (punctuation only, or a single Chinese character — see {@link #isSingleHan}).
     */
    public static String tsQuery(String query) {
        String normalized = normalize(query);
        List<String> parts = new ArrayList<>();
        for (String run : runs(normalized)) {
            if (isHan(run.charAt(0))) {
                if (run.length() == 1) {
                    return null;
                }
                List<String> grams = bigrams(run);
                parts.add(grams.size() == 1 ? quote(grams.get(0)) : "(" + String.join(" <-> ", grams.stream().map(SearchText::quote).toList()) + ")");
            } else {
                parts.add(quote(run) + ":*");
            }
        }
        return parts.isEmpty() ? null : String.join(" & ", parts);
    }

    /** A one-character Chinese query has no bigram: the caller scans with LIKE instead. */
    public static boolean isSingleHan(String query) {
        String normalized = normalize(query == null ? "" : query.strip());
        return normalized.length() == 1 && isHan(normalized.charAt(0));
    }

    /** The words of the query after normalisation, to find them again in a fragment. */
    public static List<String> queryWords(String query) {
        return runs(normalize(query));
    }

    /** Terms in text order, repeats kept: phrase queries (a <-> b) rely on their positions. */
    private static List<String> terms(String normalized) {
        List<String> terms = new ArrayList<>();
        for (String run : runs(normalized)) {
            if (isHan(run.charAt(0))) {
                if (run.length() == 1) {
                    continue;
                }
                terms.addAll(bigrams(run));
            } else {
                terms.add(run);
            }
        }
        return terms;
    }

    /** Maximal runs of Han characters, or of Latin letters and digits; everything else separates. */
    public static List<String> runs(String normalized) {
        List<String> runs = new ArrayList<>();
        int start = -1;
        int kind = 0;
        for (int i = 0; i <= normalized.length(); i++) {
            int k = i == normalized.length() ? 0 : kindOf(normalized.charAt(i));
            if (k != kind) {
                if (kind != 0) {
                    runs.add(normalized.substring(start, i));
                }
                start = i;
                kind = k;
            }
        }
        return runs;
    }

    private static int kindOf(char c) {
        if (isHan(c)) {
            return 1;
        }
        return Character.isLetterOrDigit(c) ? 2 : 0;
    }

    private static List<String> bigrams(String run) {
        List<String> grams = new ArrayList<>(run.length() - 1);
        for (int i = 0; i + 1 < run.length(); i++) {
            grams.add(run.substring(i, i + 2));
        }
        return grams;
    }

    public static boolean isHan(char c) {
        return Han.TABLE[c];
    }

    private static String quote(String term) {
        return "'" + term.replace("'", "''") + "'";
    }
}
