package org.gongkai.keydomain.api;

/** A key domain with the lock version its ETag carries. */
public record KeyDomainEdit(KeyDomainView domain, long version) {
}
