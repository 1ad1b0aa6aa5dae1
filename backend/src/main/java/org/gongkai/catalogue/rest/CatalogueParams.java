package org.gongkai.catalogue.rest;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.gongkai.catalogue.CatalogueQuery;
import org.gongkai.catalogue.ItemStatus;
import org.gongkai.catalogue.guide.Audience;
import org.gongkai.catalogue.guide.ItemType;
import org.gongkai.catalogue.guide.OnlineDepth;
import org.gongkai.common.DomainException;
import org.gongkai.common.PageRequest;
import org.gongkai.common.QueryParams;

/** The query parameters of catalogue listings, public and staff alike, kept raw and parsed into a {@link CatalogueQuery}. */
public class CatalogueParams {

    @QueryParam("q")
    @Parameter(description = "Search words in the name and guide text; Chinese in either script (规划 finds 規劃), 2+ characters a word. Results are ranked and carry the matched fragment.",
            example = "规划")
    @Schema(maxLength = 100)
    public String q;

    @QueryParam("department")
    @Parameter(description = "Department code.", example = "public-security")
    public String department;

    @QueryParam("type")
    @Parameter(description = "Item type.")
    @Schema(ref = "ItemType")
    public String type;

    @QueryParam("audience")
    @Parameter(description = "PERSON (residents) or LEGAL_ENTITY (companies); items for BOTH match either.")
    @Schema(ref = "Audience")
    public String audience;

    @QueryParam("theme")
    @Parameter(description = "Theme code (see /api/v1/themes).", example = "social-security")
    public String theme;

    @QueryParam("onlineDepth")
    @Parameter(description = "Online depth I–IV (IV = fully online).")
    @Schema(ref = "OnlineDepth")
    public String onlineDepth;

    @QueryParam("status")
    @Parameter(description = "Only items with this status. Default: ACTIVE and SUSPENDED for the public, every status for staff.")
    @Schema(ref = "ItemStatus")
    public String status;

    @QueryParam("sort")
    @Parameter(description = "Order: `relevance` (default; best match first when searching, else by name), `name`, `updated` (newest first), or `popular` (most read first).")
    @Schema(type = SchemaType.STRING, enumeration = { "relevance", "name", "updated", "popular" })
    public String sort;

    @QueryParam("page")
    @Parameter(description = "Page number, from 1.")
    @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100000", defaultValue = "1")
    public String page;

    @QueryParam("size")
    @Parameter(description = "Page size, at most 100.")
    @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")
    public String size;

    public PageRequest pageRequest() {
        return QueryParams.page(page, size);
    }

    /** @param defaultStatuses what a listing shows when no status is asked for */
    public CatalogueQuery query(Set<ItemStatus> defaultStatuses, Set<ItemStatus> allowedStatuses) {
        ItemStatus wanted = QueryParams.enumeration("status", status, ItemStatus.class);
        if (wanted != null && !allowedStatuses.contains(wanted)) {
            throw new DomainException.InvalidInput("status", "not-allowed", "'status' must be one of: " + allowedStatuses + ".");
        }
        String text = QueryParams.text("q", q, 100);
        return new CatalogueQuery(
                wanted == null ? defaultStatuses : EnumSet.of(wanted),
                QueryParams.code("department", department),
                QueryParams.enumeration("type", type, ItemType.class),
                QueryParams.enumeration("audience", audience, Audience.class),
                QueryParams.code("theme", theme),
                QueryParams.enumeration("onlineDepth", onlineDepth, OnlineDepth.class),
                text,
                sort(text));
    }

    private CatalogueQuery.Sort sort(String text) {
        if (sort == null || sort.isBlank()) {
            return CatalogueQuery.Sort.RELEVANCE;
        }
        for (CatalogueQuery.Sort s : CatalogueQuery.Sort.values()) {
            if (s.apiName().equals(sort.trim().toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new DomainException.InvalidInput("sort", "not-allowed", "'sort' must be one of: relevance, name, updated, popular.");
    }
}
