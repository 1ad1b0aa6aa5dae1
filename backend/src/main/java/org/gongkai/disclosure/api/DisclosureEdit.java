package org.gongkai.disclosure.api;

/** A record as the console edits it, with the lock version its ETag carries. */
public record DisclosureEdit(AdminDisclosureView record, long version) {
}
