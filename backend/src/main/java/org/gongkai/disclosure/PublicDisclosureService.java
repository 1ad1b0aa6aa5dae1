package org.gongkai.disclosure;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.gongkai.catalogue.api.DepartmentRef;
import org.gongkai.common.DomainException;
import org.gongkai.common.Page;
import org.gongkai.common.PageRequest;
import org.gongkai.department.DepartmentService;
import org.gongkai.disclosure.api.DisclosureDetail;
import org.gongkai.disclosure.api.DisclosureLink;
import org.gongkai.disclosure.api.DisclosureSummary;
import org.gongkai.disclosure.api.DisclosureVersionSummary;
import org.gongkai.disclosure.api.FeedEntry;
import org.gongkai.disclosure.api.PublishedRecordRef;
import org.gongkai.disclosure.content.DisclosureContent;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * The public disclosure catalogue. Only published, proactively disclosed (主动公开) records exist here:
 * anything else answers 404, exactly like a record that was never created.
 */
@ApplicationScoped
public class PublicDisclosureService {

    private final DisclosureRecordRepository records;
    private final DisclosureVersionRepository versions;
    private final DepartmentService departments;

    public PublicDisclosureService(DisclosureRecordRepository records, DisclosureVersionRepository versions, DepartmentService departments) {
        this.records = records;
        this.versions = versions;
        this.departments = departments;
    }

    public Uni<Page<DisclosureSummary>> list(DisclosureQuery query, PageRequest page) {
        return records.listPublic(query, page);
    }

    /** The newest public records of a key domain or a department (or both, or all), newest first. */
    public Uni<List<FeedEntry>> latest(String domain, String department, int limit) {
        return records.latest(domain, department, limit);
    }

    /** A slice of the public records in id order, for sitemaps. */
    public Uni<List<PublishedRecordRef>> publicRefs(long offset, int limit) {
        return records.publicRefs(offset, limit);
    }

    /** Those of the given 索引号 that name no public record (a reply may point only to what the public can open). */
    public Uni<List<String>> notPublic(List<String> indexNumbers) {
        return records.publicIndexNumbers(indexNumbers).map(found -> indexNumbers.stream().filter(n -> !found.contains(n)).toList());
    }

    public Uni<Long> publicCount() {
        return records.publicCount();
    }

    @WithSession
    public Uni<DisclosureDetail> detail(UUID id) {
        return visible(id).chain(r -> versions.find(r.id, r.currentVersion).chain(v -> detail(r, v)));
    }

    @WithSession
    public Uni<List<DisclosureVersionSummary>> history(UUID id) {
        return visible(id).chain(r -> versions.history(r.id)).map(DisclosureMapper::history);
    }

    @WithSession
    public Uni<DisclosureDetail> version(UUID id, int version) {
        return visible(id).chain(r -> versions.find(r.id, version).onItem().ifNull()
                .failWith(() -> new DomainException.NotFound("version", id + "/" + version))
                .chain(v -> detail(r, v)));
    }

    private Uni<DisclosureRecord> visible(UUID id) {
        return records.findById(id).map(r -> r != null && r.isPublic() ? r : null).onItem().ifNull()
                .failWith(() -> new DomainException.NotFound("disclosure record", id));
    }

    private Uni<DisclosureDetail> detail(DisclosureRecord r, DisclosureVersion v) {
        DisclosureContent c = v.content;
        List<UUID> linked = new java.util.ArrayList<>(c.relatedOrEmpty());
        if (c.interprets() != null) {
            linked.add(c.interprets());
        }
        if (c.supersedes() != null) {
            linked.add(c.supersedes());
        }
        if (r.supersededBy != null) {
            linked.add(r.supersededBy);
        }
        return departments.get(r.departmentCode).chain(d -> records.publicLinks(linked).chain(links -> records.publicInterpretations(r.id)
                .map(interpretations -> new DisclosureDetail(r.id, r.indexNumber, r.kind, c.title(), c.documentNumber(),
                        new DepartmentRef(d.code(), d.name()), c.writtenOn(), r.publishedOn, c.topic(), c.keywordsOrEmpty(),
                        c.subItemsOrEmpty(), List.of(r.domains), c.category(), c.validity(), c.validFrom(), c.validUntil(), c.body(),
                        c.interpretationForm(), c.mediaUrl(), find(links, c.interprets()), interpretations,
                        c.relatedOrEmpty().stream().map(id -> find(links, id)).filter(java.util.Objects::nonNull).toList(),
                        c.attachmentsOrEmpty(),
                        find(links, c.supersedes()), find(links, r.supersededBy), c.budget(), c.gazette(), c.reply(), v.version,
                        v.publishedAt, v.changeNote, r.demo))));
    }

    private static DisclosureLink find(List<DisclosureLink> links, UUID id) {
        return id == null ? null : links.stream().filter(l -> l.id().equals(id)).findFirst().orElse(null);
    }
}
