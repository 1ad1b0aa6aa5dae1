package org.gongkai.catalogue;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.gongkai.common.CacheableResponses;
import org.gongkai.common.PageRequest;

import io.quarkus.cache.CacheResult;
import io.smallrye.mutiny.Uni;

/**
 * The public catalogue as serialised responses, cached: the catalogue is read far more often than it
 * changes. {@link CatalogueChanges} empties the cache after every write on this instance; other
 * instances see a change when their entries expire (quarkus.cache.caffeine expiry, 30 s), within the public
 * max-age anyway.
 */
@ApplicationScoped
public class PublicReads {

    /** One cache per kind of read: a single id must not find another read's entry. */
    static final String LISTS = "public-service-lists";
    static final String DETAILS = "public-service-details";
    static final String HISTORIES = "public-service-histories";
    static final String VERSIONS = "public-service-versions";
    static final String THEMES = "public-themes";

    private final CatalogueService catalogue;
    private final CacheableResponses responses;

    public PublicReads(CatalogueService catalogue, CacheableResponses responses) {
        this.catalogue = catalogue;
        this.responses = responses;
    }

    @CacheResult(cacheName = LISTS)
    public Uni<CacheableResponses.Json> list(CatalogueQuery query, PageRequest page) {
        return catalogue.list(query, page).map(responses::serialize);
    }

    @CacheResult(cacheName = DETAILS)
    public Uni<CacheableResponses.Json> detail(UUID id) {
        return catalogue.detail(id).map(responses::serialize);
    }

    @CacheResult(cacheName = HISTORIES)
    public Uni<CacheableResponses.Json> history(UUID id) {
        return catalogue.history(id).map(responses::serialize);
    }

    @CacheResult(cacheName = VERSIONS)
    public Uni<CacheableResponses.Json> version(UUID id, int version) {
        return catalogue.version(id, version).map(responses::serialize);
    }

    @CacheResult(cacheName = THEMES)
    public Uni<CacheableResponses.Json> themes() {
        return catalogue.themes().map(responses::serialize);
    }
}
