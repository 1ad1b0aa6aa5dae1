package org.gongkai.common;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The one paging shape of the API. Pages are numbered from 1. */
public record Page<T>(
        @Schema(description = "The items of this page.") List<T> items,
        @Schema(description = "Number of items matching the query across all pages, counted up to 10,001: 10001 means more than 10,000.", examples = "664") long total,
        @Schema(description = "Page number, from 1.", examples = "1") int page,
        @Schema(description = "Page size.", examples = "20") int size) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, page, size);
    }
}
