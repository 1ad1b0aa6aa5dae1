package org.gongkai.catalogue;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.gongkai.catalogue.api.PublishedRef;
import org.gongkai.catalogue.api.ServiceDetail;
import org.gongkai.catalogue.api.ServiceSummary;
import org.gongkai.catalogue.api.ThemeView;
import org.gongkai.catalogue.api.VersionDetail;
import org.gongkai.catalogue.api.VersionSummary;
import org.gongkai.common.DomainException;
import org.gongkai.common.Page;
import org.gongkai.common.PageRequest;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** What the public reads: published items, their guides and their history. Drafts never appear here. */
@ApplicationScoped
public class PublicCatalogueService {

    private final ServiceItemRepository items;
    private final ServiceItemVersionRepository versions;
    private final ThemeRepository themes;

    public PublicCatalogueService(ServiceItemRepository items, ServiceItemVersionRepository versions, ThemeRepository themes) {
        this.items = items;
        this.versions = versions;
        this.themes = themes;
    }

    public Uni<Page<ServiceSummary>> list(CatalogueQuery query, PageRequest page) {
        return items.list(query, page).map(p -> p.map(r -> CatalogueMapper.summary(r, query.text())));
    }

    /** Every published item, for the sitemap. */
    /** The number of items in the public catalogue, of one department or all (the annual report's figures). */
    public Uni<Long> publishedCount(String department) {
        return items.publishedCount(department);
    }

    public Uni<List<PublishedRef>> published() {
        return items.published();
    }

    public Uni<ServiceDetail> detail(UUID id) {
        return versions.current(id).onItem().ifNull().failWith(() -> new DomainException.NotFound("service item", id))
                .map(CatalogueMapper::detail);
    }

    @WithSession
    public Uni<List<VersionSummary>> history(UUID id) {
        return published(id).chain(item -> versions.history(item.id))
                .map(list -> list.stream().map(CatalogueMapper::version).toList());
    }

    @WithSession
    public Uni<VersionDetail> version(UUID id, int number) {
        return published(id).chain(item -> versions.find(item.id, number))
                .onItem().ifNull().failWith(() -> new DomainException.NotFound("version", number))
                .map(v -> new VersionDetail(CatalogueMapper.version(v), v.guide));
    }

    @WithSession
    public Uni<List<ThemeView>> themes() {
        return items.countByTheme().chain(counts -> themes.listInOrder().map(list -> list.stream()
                .map(t -> new ThemeView(t.code, t.audience, t.name, t.nameEn, counts.getOrDefault(t.code, 0L)))
                .toList()));
    }

    /** An item the public may see: published at least once (a cancelled item stays readable). */
    private Uni<ServiceItem> published(UUID id) {
        return items.findById(id)
                .map(item -> item == null || !item.isPublished() ? null : item)
                .onItem().ifNull().failWith(() -> new DomainException.NotFound("service item", id));
    }
}
