package org.gongkai.catalogue;

import java.util.Set;

import org.gongkai.catalogue.guide.Audience;
import org.gongkai.catalogue.guide.ItemType;
import org.gongkai.catalogue.guide.OnlineDepth;

/** Filters, search and order of a catalogue listing. Null filters are not applied. */
public record CatalogueQuery(
        Set<ItemStatus> statuses,
        String department,
        ItemType type,
        Audience audience,
        String theme,
        OnlineDepth onlineDepth,
        String text,
        Sort sort) {

    /** The same query limited to one department (null: every department). */
    public CatalogueQuery inDepartment(String code) {
        return new CatalogueQuery(statuses, code, type, audience, theme, onlineDepth, text, sort);
    }

    /** The public sees published items; cancelled ones only when asked for. */
    public static final Set<ItemStatus> PUBLIC_DEFAULT = Set.of(ItemStatus.ACTIVE, ItemStatus.SUSPENDED);

    public enum Sort {
        /** Best match first (the default when searching). */
        RELEVANCE,
        /** By name. */
        NAME,
        /** Most recently published first. */
        UPDATED,
        /** Most read first (the "most used items"). */
        POPULAR;

        public String apiName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
