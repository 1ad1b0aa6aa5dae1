package org.gongkai.disclosure;

/** Filters of the public catalogue (目录): by department, kind, key domain or sub-item, year, 五公开 category, validity, text. */
public record DisclosureQuery(String text, String department, RecordKind kind, String domain, String subItem, Integer year,
        FivePublic category, Validity validity) {
}
