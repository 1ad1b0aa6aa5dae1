package org.gongkai.catalogue;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.gongkai.catalogue.demo.DemoItem;
import org.gongkai.catalogue.guide.Audience;
import org.gongkai.catalogue.guide.ServiceGuide;
import org.gongkai.catalogue.demo.DemoVersion;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/** Writes demo items as published items with their version history, the way publication would. */
@ApplicationScoped
public class DemoCatalogueWriter {

    private final ServiceItemRepository items;
    private final ServiceItemVersionRepository versions;
    private final ObjectMapper json;

    public DemoCatalogueWriter(ServiceItemRepository items, ServiceItemVersionRepository versions, ObjectMapper json) {
        this.items = items;
        this.versions = versions;
        this.json = json;
    }

    /** Invented but stable read counts: items for residents and those needing visits are read more. */
    private static long demoReads(DemoItem demo) {
        ServiceGuide guide = demo.versions().get(demo.versions().size() - 1).guide();
        long base = Math.floorMod(demo.implementationCode().hashCode(), 2_000);
        long audienceBoost = guide.audience() == Audience.LEGAL_ENTITY ? 1 : 3;
        return base * audienceBoost;
    }

    public Uni<Boolean> isEmpty() {
        return items.count().map(n -> n == 0);
    }

    public Uni<Void> write(List<DemoItem> demoItems) {
        List<ServiceItem> rows = new ArrayList<>(demoItems.size());
        List<ServiceItemVersion> history = new ArrayList<>();
        for (DemoItem demo : demoItems) {
            List<DemoVersion> published = demo.versions();
            DemoVersion last = published.get(published.size() - 1);
            ServiceItem item = new ServiceItem();
            item.id = demo.id();
            item.implementationCode = demo.implementationCode();
            item.basicCode = demo.basicCode();
            item.departmentCode = demo.departmentCode();
            item.status = ItemStatus.ACTIVE;
            item.currentVersion = published.size();
            item.publishedAt = last.publishedAt();
            item.createdAt = published.get(0).publishedAt();
            item.updatedAt = last.publishedAt();
            item.demo = true;
            item.viewCount = demoReads(demo);
            ServiceItemEditor.summarise(item, last.guide());
            rows.add(item);
            for (int i = 0; i < published.size(); i++) {
                DemoVersion v = published.get(i);
                ServiceItemVersion row = new ServiceItemVersion();
                row.itemId = demo.id();
                row.version = i + 1;
                row.state = i == published.size() - 1 ? ServiceItemVersion.State.PUBLISHED : ServiceItemVersion.State.SUPERSEDED;
                row.status = ItemStatus.ACTIVE;
                row.guide = v.guide();
                row.changeNote = v.changeNote();
                row.changedSections = i == 0 ? new String[0]
                        : GuideText.changedSections(json, published.get(i - 1).guide(), v.guide()).toArray(String[]::new);
                row.publishedAt = v.publishedAt();
                row.publishedBy = v.publishedBy();
                history.add(row);
            }
        }
        return items.persist(rows).chain(() -> versions.persist(history));
    }
}
