package org.gongkai.feed;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.gongkai.catalogue.PublicCatalogueService;
import org.gongkai.common.DomainException;
import org.gongkai.common.GongkaiConfig;
import org.gongkai.department.DepartmentService;
import org.gongkai.disclosure.PublicDisclosureService;
import org.gongkai.disclosure.api.FeedEntry;
import org.gongkai.keydomain.KeyDomainService;
import org.gongkai.keydomain.api.KeyDomainView;

import io.smallrye.mutiny.Uni;

/**
 * What the public site publishes for machines: Atom feeds of the newest records per key domain and per
 * department, and the sitemap of every public page (the site's pages, service guides, records).
 */
@ApplicationScoped
public class FeedService {

    static final int FEED_SIZE = 50;
    /** The site's fixed pages, as the SPA's router has them. */
    static final List<String> PAGES = List.of("/", "/services", "/departments", "/disclosure", "/disclosure/records",
            "/disclosure/key-domains", "/disclosure/interpretations", "/disclosure/budgets", "/disclosure/gazette",
            "/disclosure/replies", "/calendar");

    private final PublicDisclosureService disclosures;
    private final PublicCatalogueService catalogue;
    private final KeyDomainService keyDomains;
    private final DepartmentService departments;
    private final Clock clock;
    private final String site;

    public FeedService(PublicDisclosureService disclosures, PublicCatalogueService catalogue, KeyDomainService keyDomains,
            DepartmentService departments, Clock clock, GongkaiConfig config) {
        this.disclosures = disclosures;
        this.catalogue = catalogue;
        this.keyDomains = keyDomains;
        this.departments = departments;
        this.clock = clock;
        this.site = config.site().url();
    }

    public Uni<String> keyDomainFeed(String code, String selfUrl) {
        return keyDomains.list().chain(list -> {
            KeyDomainView domain = list.stream().filter(d -> d.code().equals(code)).findFirst()
                    .orElseThrow(() -> new DomainException.NotFound("key domain", code));
            return disclosures.latest(code, null, FEED_SIZE).map(entries -> AtomFeed.write(site + "/disclosure/key-domains/" + code,
                    "政务公开重点工作 · " + domain.name(), selfUrl, site + "/disclosure/key-domains/" + code, clock.instant(), entries(entries)));
        });
    }

    public Uni<String> departmentFeed(String code, String selfUrl) {
        return departments.get(code).chain(d -> disclosures.latest(null, code, FEED_SIZE).map(entries -> AtomFeed.write(
                site + "/disclosure/records?department=" + code, d.name() + " · 政府信息公开", selfUrl,
                site + "/disclosure/records?department=" + code, clock.instant(), entries(entries))));
    }

    /** The sitemap index: the pages, the service guides, and the records in files of 50,000. */
    public Uni<String> sitemapIndex(String apiBase) {
        return disclosures.publicCount().map(count -> {
            List<String> files = new ArrayList<>(List.of(apiBase + "/sitemaps/pages.xml", apiBase + "/sitemaps/services.xml"));
            long parts = Math.max(1, (count + SitemapXml.MAX_URLS - 1) / SitemapXml.MAX_URLS);
            for (long n = 1; n <= parts; n++) {
                files.add(apiBase + "/sitemaps/disclosures-" + n + ".xml");
            }
            return SitemapXml.index(files);
        });
    }

    public Uni<String> pagesSitemap() {
        return keyDomains.list().map(domains -> {
            List<SitemapXml.Url> urls = new ArrayList<>(PAGES.stream().map(p -> new SitemapXml.Url(site + p, null)).toList());
            domains.forEach(d -> urls.add(new SitemapXml.Url(site + "/disclosure/key-domains/" + d.code(), null)));
            return SitemapXml.urls(urls);
        });
    }

    public Uni<String> servicesSitemap() {
        return catalogue.published().map(items -> SitemapXml.urls(items.stream()
                .map(i -> new SitemapXml.Url(site + "/services/" + i.id(), i.publishedAt())).toList()));
    }

    /** The n-th file (from 1) of the records' sitemap; past the last one, not found. */
    public Uni<String> disclosuresSitemap(int part) {
        return disclosures.publicRefs((long) (part - 1) * SitemapXml.MAX_URLS, SitemapXml.MAX_URLS).map(refs -> {
            if (refs.isEmpty() && part > 1) {
                throw new DomainException.NotFound("sitemap", part);
            }
            return SitemapXml.urls(refs.stream().map(r -> new SitemapXml.Url(site + "/disclosure/records/" + r.id(), r.publishedAt())).toList());
        });
    }

    private List<AtomFeed.Entry> entries(List<FeedEntry> list) {
        return list.stream().map(e -> new AtomFeed.Entry("urn:uuid:" + e.id(), e.title(), site + "/disclosure/records/" + e.id(),
                e.publishedAt(), e.departmentName(), summary(e))).toList();
    }

    private static String summary(FeedEntry e) {
        return "索引号 " + e.indexNumber() + (e.documentNumber() == null ? "" : " · " + e.documentNumber()) + " · " + e.departmentName();
    }
}
