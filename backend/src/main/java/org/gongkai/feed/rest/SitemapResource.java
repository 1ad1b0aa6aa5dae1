package org.gongkai.feed.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongkai.common.CacheableResponses;
import org.gongkai.common.QueryParams;
import org.gongkai.feed.FeedService;
import org.jboss.resteasy.reactive.RestPath;

import io.smallrye.mutiny.Uni;

/**
 * The sitemap of the public site, for search engines (not part of the API contract). It lists the
 * SPA's pages, which live on the site's own origin: the site's robots.txt names this sitemap
 * (sitemaps.org allows a sitemap on another host when the site's robots.txt points to it).
 */
@Path("/")
@Produces(MediaType.APPLICATION_XML)
public class SitemapResource {

    private final FeedService feeds;
    private final CacheableResponses responses;

    public SitemapResource(FeedService feeds, CacheableResponses responses) {
        this.feeds = feeds;
        this.responses = responses;
    }

    @GET
    @Path("sitemap.xml")
    @Operation(hidden = true)
    public Uni<Response> index(@Context UriInfo uri, Request request) {
        String base = uri.getBaseUri().toString().replaceAll("/$", "");
        return feeds.sitemapIndex(base).map(xml -> responses.text(request, xml, MediaType.APPLICATION_XML));
    }

    @GET
    @Path("sitemaps/pages.xml")
    @Operation(hidden = true)
    public Uni<Response> pages(Request request) {
        return feeds.pagesSitemap().map(xml -> responses.text(request, xml, MediaType.APPLICATION_XML));
    }

    @GET
    @Path("sitemaps/services.xml")
    @Operation(hidden = true)
    public Uni<Response> services(Request request) {
        return feeds.servicesSitemap().map(xml -> responses.text(request, xml, MediaType.APPLICATION_XML));
    }

    @GET
    @Path("sitemaps/disclosures-{part}.xml")
    @Operation(hidden = true)
    public Uni<Response> disclosures(@RestPath String part, Request request) {
        return feeds.disclosuresSitemap(QueryParams.integer("part", part, 1, 1, 100_000))
                .map(xml -> responses.text(request, xml, MediaType.APPLICATION_XML));
    }
}
