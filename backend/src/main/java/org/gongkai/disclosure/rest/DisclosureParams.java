package org.gongkai.disclosure.rest;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.gongkai.common.DomainException;
import org.gongkai.common.PageRequest;
import org.gongkai.common.QueryParams;
import org.gongkai.disclosure.DisclosureQuery;
import org.gongkai.disclosure.FivePublic;
import org.gongkai.disclosure.RecordKind;
import org.gongkai.disclosure.Validity;

/** The query parameters of the public disclosure catalogue, kept raw and parsed into a {@link DisclosureQuery}. */
public class DisclosureParams {

    @QueryParam("q")
    @Parameter(description = "Words in the title, document number, subject words and body; Chinese in either script.", example = "政务公开")
    @Schema(maxLength = 100)
    public String q;

    @QueryParam("department")
    @Parameter(description = "Department code (发布机构).", example = "gov-office")
    public String department;

    @QueryParam("kind")
    @Schema(ref = "DisclosureKind")
    public String kind;

    @QueryParam("domain")
    @Parameter(description = "Key-domain code (see /api/v1/key-domains).", example = "fiscal-budgets")
    public String domain;

    @QueryParam("subItem")
    @Parameter(description = "Key-domain sub-item code.", example = "department-budgets")
    public String subItem;

    @QueryParam("year")
    @Parameter(description = "Year of publication.")
    @Schema(type = SchemaType.INTEGER, minimum = "1900", maximum = "9999")
    public String year;

    @QueryParam("category")
    @Parameter(description = "五公开 category.")
    @Schema(ref = "FivePublic")
    public String category;

    @QueryParam("validity")
    @Schema(ref = "RecordValidity")
    public String validity;

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

    public DisclosureQuery query() {
        String text = QueryParams.text("q", q, 100);
        Integer y = year == null || year.isBlank() ? null : QueryParams.integer("year", year, 0, 1900, 9998);
        if (text != null && text.codePointCount(0, text.length()) < 1) {
            throw new DomainException.InvalidInput("q", "too-short", "'q' needs at least one character.");
        }
        return new DisclosureQuery(text, QueryParams.code("department", department), QueryParams.enumeration("kind", kind, RecordKind.class),
                QueryParams.code("domain", domain), QueryParams.code("subItem", subItem), y,
                QueryParams.enumeration("category", category, FivePublic.class), QueryParams.enumeration("validity", validity, Validity.class));
    }
}
