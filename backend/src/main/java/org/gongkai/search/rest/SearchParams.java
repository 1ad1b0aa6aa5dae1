package org.gongkai.search.rest;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.gongkai.common.PageRequest;
import org.gongkai.common.QueryParams;
import org.gongkai.disclosure.FivePublic;
import org.gongkai.disclosure.Validity;
import org.gongkai.search.QueryTerms;
import org.gongkai.search.SearchKind;
import org.gongkai.search.SearchQuery;

/** The query parameters of the search, kept raw and parsed into a {@link SearchQuery}. */
public class SearchParams {

    static final int MAX_QUERY = 100;

    @QueryParam("q")
    @Parameter(description = "Words, all of which must match; \"a quoted phrase\" matches as written. Either script, either width.", example = "规划许可")
    @Schema(maxLength = MAX_QUERY)
    public String q;

    @QueryParam("kind")
    @Schema(ref = "SearchKind")
    public String kind;

    @QueryParam("department")
    @Parameter(description = "Department code.", example = "gov-office")
    public String department;

    @QueryParam("domain")
    @Parameter(description = "Key-domain code (see /api/v1/key-domains).", example = "fiscal-budgets")
    public String domain;

    @QueryParam("subItem")
    @Parameter(description = "Key-domain sub-item code.", example = "department-budgets")
    public String subItem;

    @QueryParam("year")
    @Parameter(description = "Year of publication.")
    @Schema(type = SchemaType.INTEGER, minimum = "1900", maximum = "9998")
    public String year;

    @QueryParam("category")
    @Parameter(description = "五公开 category.")
    @Schema(ref = "FivePublic")
    public String category;

    @QueryParam("validity")
    @Schema(ref = "RecordValidity")
    public String validity;

    @QueryParam("page")
    @Parameter(description = "Page number, from 1; page × size at most 1000.")
    @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "1")
    public String page;

    @QueryParam("size")
    @Parameter(description = "Page size, at most 100.")
    @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")
    public String size;

    public PageRequest pageRequest() {
        return QueryParams.page(page, size);
    }

    public SearchQuery query() {
        String text = QueryParams.text("q", q, MAX_QUERY);
        Integer y = year == null || year.isBlank() ? null : QueryParams.integer("year", year, 0, 1900, 9998);
        return new SearchQuery(QueryTerms.parse(text), QueryParams.enumeration("kind", kind, SearchKind.class),
                QueryParams.code("department", department), QueryParams.code("domain", domain), QueryParams.code("subItem", subItem), y,
                QueryParams.enumeration("category", category, FivePublic.class), QueryParams.enumeration("validity", validity, Validity.class));
    }
}
