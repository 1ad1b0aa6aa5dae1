package org.gongkai.disclosure;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The body of a record is rich text pasted by staff from office documents. It is cleaned to an
 * allow-list before it is stored (jsoup's cleaner): structure, tables, links and images stay; scripts,
 * styles, event handlers, frames and links other than http(s)/mailto go. The public page can then
 * render it as HTML without trusting its author's tools.
 */
public final class HtmlBody {

    private static final Safelist ALLOWED = Safelist.relaxed()
            .removeProtocols("img", "src", "http")
            .addAttributes("table", "border")
            .addAttributes("td", "align")
            .addAttributes("th", "align")
            .preserveRelativeLinks(false);

    private HtmlBody() {
    }

    public static String clean(String html) {
        if (html == null) {
            return null;
        }
        Document dirty = Jsoup.parseBodyFragment(html);
        Document clean = new Cleaner(ALLOWED).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /** The body as plain text, for search and fragments. */
    public static String text(String html) {
        return html == null ? "" : Jsoup.parseBodyFragment(html).text();
    }

    public static boolean isBlank(String html) {
        return text(html).isBlank();
    }
}
