package org.gongkai.application.api;

/** A case with the lock version its ETag carries. */
public record OfficeApplicationEdit(OfficeApplicationView application, long version) {
}
