package org.gongkai.catalogue;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.gongkai.catalogue.api.ServiceDetail;
import org.gongkai.catalogue.api.ServiceSummary;
import org.gongkai.catalogue.api.ThemeView;
import org.gongkai.catalogue.api.VersionDetail;
import org.gongkai.catalogue.api.VersionSummary;
import org.gongkai.common.CacheableResponses;
import org.gongkai.common.CacheableResponses.Json;
import org.gongkai.common.ChangeListener;
import org.gongkai.common.Page;
import org.gongkai.common.PageRequest;
import org.gongkai.department.DepartmentService;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CacheResult;
import io.smallrye.mutiny.Uni;

/**
 * The public catalogue as serialised responses, cached: the catalogue is read far more often than it
 * changes. Emptied after every committed catalogue or directory write of this instance (department
 * names appear in catalogue responses); other instances catch up when their entries expire
 * (quarkus.cache.caffeine expiry, 30 s), within the public max-age anyway.
 */
@ApplicationScoped
public class PublicCatalogueCache implements ChangeListener {

    /** One cache per kind of read: a single id must not find another read's entry. */
    static final String LISTS = "public-service-lists";
    static final String DETAILS = "public-service-details";
    static final String HISTORIES = "public-service-histories";
    static final String VERSIONS = "public-service-versions";
    static final String THEMES = "public-themes";

    private final PublicCatalogueService catalogue;
    private final CacheableResponses responses;
    private final List<Cache> caches;

    public PublicCatalogueCache(PublicCatalogueService catalogue, CacheableResponses responses, @CacheName(LISTS) Cache lists,
            @CacheName(DETAILS) Cache details, @CacheName(HISTORIES) Cache histories, @CacheName(VERSIONS) Cache versions,
            @CacheName(THEMES) Cache themes) {
        this.catalogue = catalogue;
        this.responses = responses;
        this.caches = List.of(lists, details, histories, versions, themes);
    }

    @CacheResult(cacheName = LISTS)
    public Uni<Json<Page<ServiceSummary>>> list(CatalogueQuery query, PageRequest page) {
        return catalogue.list(query, page).map(responses::serialize);
    }

    @CacheResult(cacheName = DETAILS)
    public Uni<Json<ServiceDetail>> detail(UUID id) {
        return catalogue.detail(id).map(responses::serialize);
    }

    @CacheResult(cacheName = HISTORIES)
    public Uni<Json<List<VersionSummary>>> history(UUID id) {
        return catalogue.history(id).map(responses::serialize);
    }

    @CacheResult(cacheName = VERSIONS)
    public Uni<Json<VersionDetail>> version(UUID id, int version) {
        return catalogue.version(id, version).map(responses::serialize);
    }

    @CacheResult(cacheName = THEMES)
    public Uni<Json<List<ThemeView>>> themes() {
        return catalogue.themes().map(responses::serialize);
    }

    @Override
    public Uni<Void> changed(String topic) {
        if (!StaffCatalogueService.TOPIC.equals(topic) && !DepartmentService.TOPIC.equals(topic)) {
            return Uni.createFrom().voidItem();
        }
        return Uni.join().all(caches.stream().map(Cache::invalidateAll).toList()).andFailFast().replaceWithVoid();
    }
}
