package org.gongkai.search.opensearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import org.gongkai.common.GongkaiConfig;
import org.gongkai.search.SearchDocuments;
import org.gongkai.search.SearchText;
import org.jboss.logging.Logger;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch.OpenSearchAsyncClient;
import org.opensearch.client.opensearch._types.Refresh;
import org.opensearch.client.opensearch._types.VersionType;
import org.opensearch.client.opensearch._types.analysis.TokenChar;
import org.opensearch.client.opensearch._types.mapping.DynamicMapping;
import org.opensearch.client.opensearch._types.mapping.IndexOptions;
import org.opensearch.client.opensearch._types.mapping.Property;
import org.opensearch.client.util.ObjectBuilder;
import org.opensearch.client.opensearch.core.BulkRequest;
import org.opensearch.client.opensearch.indices.SegmentSortOrder;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * The search index in OpenSearch: its analysis and mapping, and the documents' current state written
 * into it.
 * <p>
 * Text is normalised here the way the PostgreSQL engine's is ({@link SearchText#normalize}: Traditional
 * to Simplified, full to half width, lower case) and then split by OpenSearch's CJK analysis: the
 * {@code standard} tokenizer and {@code cjk_bigram}, the same character bigrams as our own index. The
 * built-in {@code cjk} analyzer would add English stop words, which would make "the" or "a" unsearchable.
 */
@ApplicationScoped
public class OpenSearchIndex {

    private static final Logger LOG = Logger.getLogger(OpenSearchIndex.class);

    /** Documents are hashed into this many buckets; facet counts beyond the exact limit count a share of them. */
    static final int SAMPLE_BUCKETS = 256;

    private final OpenSearchAsyncClient client;
    private final String name;
    private final int replicas;

    public OpenSearchIndex(OpenSearchAsyncClient client, GongkaiConfig config) {
        this.client = client;
        this.name = config.search().opensearch().index();
        this.replicas = config.search().opensearch().replicas();
    }

    public String name() {
        return name;
    }

    /** Bumped with every change of the analysis or the mapping: an index of another version is rebuilt. */
    static final int MAPPING_VERSION = 3;

    public Uni<Boolean> exists() {
        return call(() -> client.indices().exists(e -> e.index(name))).map(r -> r.value());
    }

    /** Whether the index is there with this version's mapping. */
    public Uni<Boolean> current() {
        return exists().chain(there -> !there ? Uni.createFrom().item(false)
                : call(() -> client.indices().getMapping(g -> g.index(name))).map(r -> {
                    JsonData version = r.result().get(name).mappings().meta().get("version");
                    return version != null && version.to(Integer.class) == MAPPING_VERSION;
                }));
    }

    /** Makes everything sent so far searchable (a bulk batch is left to the index's own refresh). */
    public Uni<Void> refresh() {
        return call(() -> client.indices().refresh(r -> r.index(name))).replaceWithVoid();
    }

    /** Drops the index if it is there and creates it empty. */
    public Uni<Void> recreate() {
        return exists().chain(there -> there ? call(() -> client.indices().delete(d -> d.index(name))).replaceWithVoid() : Uni.createFrom().voidItem())
                .chain(() -> call(() -> client.indices().create(c -> c.index(name)
                        // sorted newest first: a query for the newest matches stops after the page's last one
                        .settings(s -> s.numberOfShards(1).numberOfReplicas(replicas)
                                .sort(o -> o.field("published_on", "id").order(SegmentSortOrder.Desc, SegmentSortOrder.Asc))
                                .analysis(a -> a
                                        // Chinese runs only: their trigrams narrow a long term's candidates (see OpenSearchQueries.phrase)
                                        .charFilter("gongkai_han_only", f -> f.definition(d -> d.patternReplace(p -> p.pattern("\\P{IsHan}+").replacement(" "))))
                                        .tokenizer("gongkai_trigram", t -> t.definition(d -> d.ngram(n -> n.minGram(3).maxGram(3).tokenChars(TokenChar.Letter))))
                                        .analyzer("gongkai_trigrams", an -> an.custom(cu -> cu.charFilter("gongkai_han_only").tokenizer("gongkai_trigram")))
                                        .analyzer("gongkai_bigrams", an -> an.custom(cu -> cu.tokenizer("standard").filter("cjk_width", "lowercase", "cjk_bigram")))
                                        .analyzer("gongkai_characters", an -> an.custom(cu -> cu.tokenizer("standard").filter("cjk_width", "lowercase")))))
                        .mappings(m -> m.dynamic(DynamicMapping.Strict).meta("version", JsonData.of(MAPPING_VERSION))
                                // the text fields are indexed, not kept: a hit's text comes from the database
                                .source(src -> src.excludes("title", "text"))
                                .properties("id", p -> p.keyword(k -> k))
                                .properties("kind", p -> p.keyword(k -> k))
                                .properties("department", p -> p.keyword(k -> k))
                                .properties("domains", p -> p.keyword(k -> k))
                                .properties("sub_items", p -> p.keyword(k -> k))
                                .properties("category", p -> p.keyword(k -> k))
                                .properties("validity", p -> p.keyword(k -> k))
                                .properties("year", p -> p.keyword(k -> k))
                                .properties("in_force", p -> p.boolean_(b -> b))
                                .properties("published_on", p -> p.date(d -> d))
                                .properties("sample", p -> p.integer(i -> i))
                                .properties("display_title", p -> p.keyword(k -> k.index(false).docValues(false)))
                                .properties("title", p -> p.text(t -> t.analyzer("gongkai_bigrams").norms(false)
                                        .fields("chars", f -> f.text(c2 -> c2.analyzer("gongkai_characters").norms(false).indexOptions(IndexOptions.Docs)))
                                        .fields("tri", f -> trigrams(f))))
                                .properties("text", p -> p.text(t -> t.analyzer("gongkai_bigrams").norms(false)
                                        .fields("tri", f -> trigrams(f))))))))
                .invoke(() -> LOG.infof("Created the OpenSearch index %s", name)).replaceWithVoid();
    }

    /** Which documents hold a Chinese trigram: no positions, since the bigram phrase beside it checks the order. */
    private static ObjectBuilder<Property> trigrams(Property.Builder f) {
        return f.text(t -> t.analyzer("gongkai_trigrams").norms(false).indexOptions(IndexOptions.Docs));
    }

    /**
     * Writes the current state of the changed documents: {@code sources} are those still public, every
     * other id of {@code versions} is deleted. The version of each is its latest outbox sequence, so a
     * batch that arrives late never overwrites a newer one. {@code refresh}: make them searchable now.
     */
    public Uni<Void> apply(List<SearchDocuments.Source> sources, Map<UUID, Long> versions, boolean refresh) {
        Map<UUID, SearchDocuments.Source> byId = new HashMap<>();
        sources.forEach(s -> byId.put(s.id(), s));
        List<BulkOperation> ops = new ArrayList<>(versions.size());
        versions.forEach((id, version) -> {
            SearchDocuments.Source s = byId.get(id);
            ops.add(s == null
                    ? BulkOperation.of(o -> o.delete(d -> d.index(name).id(id.toString()).version(version).versionType(VersionType.ExternalGte)))
                    : BulkOperation.of(o -> o.index(i -> i.index(name).id(id.toString()).version(version).versionType(VersionType.ExternalGte)
                            .document(document(s)))));
        });
        BulkRequest request = BulkRequest.of(b -> b.operations(ops).refresh(refresh ? Refresh.True : Refresh.False));
        return call(() -> client.bulk(request)).map(r -> {
            List<String> dropped = new ArrayList<>();
            for (BulkResponseItem item : r.items()) {
                if (item.error() == null || item.status() == 409 || item.status() == 404) {
                    continue; // a newer version is there already, or a delete of what was never indexed
                }
                if (item.status() == 429 || item.status() >= 500) {
                    throw new IllegalStateException("OpenSearch refused a document (" + item.status() + " " + item.error().type() + "): retrying the batch");
                }
                dropped.add(item.id() + " (" + item.error().type() + ": " + item.error().reason() + ")");
            }
            if (!dropped.isEmpty()) {
                // a document the mapping refuses would block the outbox forever if retried
                LOG.errorf("OpenSearch refused %d documents, not retried: %s", dropped.size(), dropped);
            }
            return null;
        });
    }

    static Map<String, Object> document(SearchDocuments.Source s) {
        String title = SearchText.normalize(s.title() + (s.documentNumber() == null ? "" : "\n" + s.documentNumber()));
        Map<String, Object> doc = new HashMap<>();
        doc.put("id", s.id().toString());
        doc.put("kind", s.kind().name());
        doc.put("department", s.departmentCode());
        doc.put("domains", s.domains());
        doc.put("sub_items", s.subItems());
        doc.put("category", s.category());
        doc.put("validity", s.validity());
        doc.put("year", String.valueOf(s.year()));
        doc.put("in_force", s.inForce());
        doc.put("published_on", s.publishedOn().toString());
        doc.put("sample", sample(s.id()));
        doc.put("display_title", s.title());
        doc.put("title", title);
        doc.put("text", title + "\n" + SearchText.normalize(s.keywords()) + "\n" + SearchText.normalize(s.body()));
        return doc;
    }

    /** A uniform bucket of a random (version 4) UUID. */
    static int sample(UUID id) {
        return (int) (id.getLeastSignificantBits() & (SAMPLE_BUCKETS - 1));
    }

    /**
     * A call of the async client as a Uni that goes on on the caller's Vert.x context (the client
     * completes on its own I/O threads, where the database client must not be used).
     */
    static <T> Uni<T> call(Request<T> request) {
        Context context = Vertx.currentContext();
        Uni<T> uni = Uni.createFrom().completionStage(() -> {
            try {
                return request.send();
            } catch (IOException e) {
                return CompletableFuture.failedFuture(e);
            }
        });
        return context == null ? uni : uni.emitOn(r -> context.runOnContext(v -> r.run()));
    }

    /** One request of the async client (its methods declare IOException). */
    interface Request<T> {
        CompletableFuture<T> send() throws IOException;
    }
}
