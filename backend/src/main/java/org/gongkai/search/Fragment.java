package org.gongkai.search;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The passage of a text where a search matched, with the matched spans marked by offsets. */
@Schema(name = "SearchFragment", description = "The passage where the search terms matched. Offsets are UTF-16 code units into `text`, as in JavaScript strings.")
public record Fragment(
        @Schema(examples = "…应当向市自然资源局申请办理建设工程规划许可证…") String text,
        List<Highlight> highlights) {

    @Schema(name = "SearchHighlight", description = "A matched span: text.substring(start, end).")
    public record Highlight(int start, int end) {
    }

    private static final int CONTEXT = 24;

    /**
     * The fragment of {@code text} around the first match of any query word, or null if none occurs.
     * Matching runs on normalised text (see {@link SearchText#normalize}), which keeps positions, so
     * the fragment shows the original characters.
     */
    public static Fragment find(String text, String query) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        List<String> words = SearchText.queryWords(query);
        String normalized = SearchText.normalize(text);
        int first = -1;
        for (String word : words) {
            int at = normalized.indexOf(word);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        if (first < 0) {
            return null;
        }
        int from = Math.max(0, first - CONTEXT);
        int to = Math.min(text.length(), first + CONTEXT * 3);
        // keep the fragment within one line of the flattened guide
        int lineStart = text.lastIndexOf('\n', first);
        int lineEnd = text.indexOf('\n', first);
        from = Math.max(from, lineStart + 1);
        to = lineEnd < 0 ? to : Math.min(to, lineEnd);
        String prefix = from > 0 && from != lineStart + 1 ? "…" : "";
        String suffix = to < text.length() && to != lineEnd ? "…" : "";
        String window = normalized.substring(from, to);
        List<Highlight> highlights = new ArrayList<>();
        for (String word : words) {
            for (int at = window.indexOf(word); at >= 0; at = window.indexOf(word, at + word.length())) {
                highlights.add(new Highlight(prefix.length() + at, prefix.length() + at + word.length()));
            }
        }
        highlights.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new Fragment(prefix + text.substring(from, to) + suffix, merge(highlights));
    }

    /** The spans of a short text (a title) where any query word occurs, on normalised text. */
    public static List<Highlight> highlights(String text, String query) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String normalized = SearchText.normalize(text);
        List<Highlight> highlights = new ArrayList<>();
        for (String word : SearchText.queryWords(query)) {
            for (int at = normalized.indexOf(word); at >= 0; at = normalized.indexOf(word, at + word.length())) {
                highlights.add(new Highlight(at, at + word.length()));
            }
        }
        highlights.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return merge(highlights);
    }

    private static List<Highlight> merge(List<Highlight> sorted) {
        List<Highlight> merged = new ArrayList<>();
        for (Highlight h : sorted) {
            Highlight last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && h.start() <= last.end()) {
                merged.set(merged.size() - 1, new Highlight(last.start(), Math.max(last.end(), h.end())));
            } else {
                merged.add(h);
            }
        }
        return merged;
    }
}
