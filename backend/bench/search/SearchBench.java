import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The search benchmark: latency percentiles per query class at 1 and 16 concurrent clients against
 * a running API (no response cache: /api/v1/search has none), the health endpoint in the same run as
 * the reference, and the index size on disk against the text size.
 *
 * Usage: java -cp ... SearchBench.java API_URL JDBC_URL TERMS_JSON OUT_MD [OPENSEARCH_INDEX_URL STARTED_AT]
 *        java -cp ... SearchBench.java --await-indexed JDBC_URL OPENSEARCH_INDEX_URL STARTED_AT
 */
public class SearchBench {

    static final int SINGLE_REQUESTS = 60;
    static final int CONCURRENT_REQUESTS = 160;
    static final int WARM_UP_REQUESTS = 1_500;
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final AtomicInteger timeouts = new AtomicInteger();

    record Cell(String name, List<String> paths) {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--await-indexed")) {
            // JDBC_URL INDEX_URL STARTED_AT: only wait until the backend has indexed the corpus (a freshness-only run)
            awaitIndexed(HttpClient.newHttpClient(), args[1], args[2], Long.parseLong(args[3]));
            return;
        }
        String api = args[0];
        JsonNode terms = new ObjectMapper().readTree(Files.readString(Path.of(args[2])));
        List<String> departments = list(terms.get("departments")).subList(0, 8);
        List<Cell> cells = new ArrayList<>();
        cells.add(new Cell("health (reference)", List.of("/q/health/live")));
        String[][] classes = { { "20 most frequent bigrams", "topBigrams" }, { "random bigrams", "randomBigrams" },
                { "single characters", "singleCharacters" }, { "4-character terms", "fourCharacterTerms" }, { "two-term queries", "twoTermQueries" } };
        Random r = new Random(11);
        for (String[] c : classes) {
            List<String> qs = list(terms.get(c[1]));
            for (boolean facet : new boolean[] { false, true }) {
                for (int page : new int[] { 1, 50 }) {
                    List<String> paths = new ArrayList<>();
                    for (String q : qs) {
                        paths.add("/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&page=" + page + "&size=20"
                                + (facet ? "&department=" + departments.get(r.nextInt(departments.size())) : ""));
                    }
                    cells.add(new Cell(c[0] + (facet ? " + department" : "") + ", page " + page, paths));
                }
            }
        }
        for (int page : new int[] { 1, 50 }) {
            List<String> byDept = new ArrayList<>();
            List<String> byYear = new ArrayList<>();
            for (String d : list(terms.get("departments"))) {
                byDept.add("/api/v1/search?department=" + d + "&page=" + page + "&size=20");
            }
            for (int y = 2017; y <= 2026; y++) {
                byYear.add("/api/v1/search?year=" + y + "&page=" + page + "&size=20");
            }
            cells.add(new Cell("browse by department, page " + page, byDept));
            cells.add(new Cell("browse by year, page " + page, byYear));
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        // OpenSearch: the backend indexes the corpus through the outbox first; measure only what is fully indexed
        String openSearchIndex = args.length > 4 ? args[4] : null;
        double openSearchIngest = openSearchIndex == null ? 0 : awaitIndexed(http, args[1], openSearchIndex, Long.parseLong(args[5]));
        if (openSearchIndex != null) {
            // the node's shard request cache would answer a repeated count or facet query from memory: off, so
            // that every request is answered from the index (as the PostgreSQL engine's is, with no result cache)
            HttpResponse<String> off = http.send(HttpRequest.newBuilder(URI.create(openSearchIndex + "/_settings")).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"index.requests.cache.enable\": false}")).build(), HttpResponse.BodyHandlers.ofString());
            if (off.statusCode() != 200) {
                throw new IllegalStateException("could not turn the request cache off: " + off.body());
            }
        }
        warmUp(http, api, args[1], terms);
        StringBuilder table = new StringBuilder();
        table.append("| query class | p50 ms (1) | p95 ms (1) | p99 ms (1) | p50 ms (16) | p95 ms (16) | p99 ms (16) | req/s (16) |\n");
        table.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Cell cell : cells) {
            // warm-up: the first requests of a class pay for plans and cold pages
            run(http, api, cell.paths(), 1, 10);
            double[] one = run(http, api, cell.paths(), 1, SINGLE_REQUESTS);
            double[] many = run(http, api, cell.paths(), 16, CONCURRENT_REQUESTS);
            String line = String.format("| %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.0f |", cell.name(), one[0], one[1], one[2], many[0], many[1], many[2], many[3]);
            System.out.println(line);
            table.append(line).append('\n');
        }
        StringBuilder sizes = new StringBuilder();
        try (Connection db = DriverManager.getConnection(args[1], "gongkai", "gongkai"); Statement s = db.createStatement()) {
            long text = terms.get("textBytes").asLong();
            sizes.append(String.format("records: %,d; text (titles and bodies, UTF-8): %,d MB%n", terms.get("records").asLong(), text / 1_000_000));
            try (ResultSet rs = s.executeQuery("SELECT c.relname, pg_relation_size(c.oid), pg_total_relation_size(c.oid) FROM pg_class c"
                    + " WHERE c.relname IN ('search_document', 'search_document_vector_idx', 'search_document_title_idx', 'search_document_recent_idx',"
                    + " 'search_document_in_force_idx', 'search_document_department_idx', 'search_document_kind_idx', 'search_document_pkey',"
                    + " 'disclosure_record', 'disclosure_version') ORDER BY 1")) {
                while (rs.next()) {
                    sizes.append(String.format("%s: %,d MB (with TOAST and indexes: %,d MB)%n", rs.getString(1), rs.getLong(2) / 1_000_000, rs.getLong(3) / 1_000_000));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT pg_total_relation_size('search_document')")) {
                rs.next();
                sizes.append(String.format("search index (search_document with its TOAST and indexes) / text: %.2f%n", rs.getLong(1) / (double) text));
            }
            sizes.append(String.format("ingest: %,.0f records/s overall (COPY through the triggers, GIN build, vacuum)%n",
                    terms.get("records").asDouble() / terms.get("ingestSeconds").asDouble()));
            if (openSearchIndex != null) {
                long bytes = openSearchBytes(http, openSearchIndex);
                sizes.append(String.format("OpenSearch index (after force merge): %,d MB; / text: %.2f%n", bytes / 1_000_000, bytes / (double) text));
                sizes.append(String.format("OpenSearch ingest (from the database through the outbox): %,.0f documents/s%n", openSearchIngest));
            }
        }
        sizes.append("requests timed out (" + TIMEOUT.toSeconds() + " s, counted at that time): " + timeouts.get() + "\n");
        System.out.print(sizes);
        Files.writeString(Path.of(args[3]), table + "\n```\n" + sizes + "```\n");
    }

    /** Waits until the outbox is empty and the index holds every document; returns documents per second since {@code startedAt}. */
    static double awaitIndexed(HttpClient http, String jdbc, String index, long startedAt) throws Exception {
        try (Connection db = DriverManager.getConnection(jdbc, "gongkai", "gongkai"); Statement s = db.createStatement()) {
            long documents;
            while (true) {
                long pending;
                try (ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM search_outbox), (SELECT count(*) FROM search_document)")) {
                    rs.next();
                    pending = rs.getLong(1);
                    documents = rs.getLong(2);
                }
                http.send(HttpRequest.newBuilder(URI.create(index + "/_refresh")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.discarding());
                JsonNode count = new ObjectMapper().readTree(http.send(HttpRequest.newBuilder(URI.create(index + "/_count")).build(),
                        HttpResponse.BodyHandlers.ofString()).body());
                if (pending == 0 && count.path("count").asLong(-1) == documents) {
                    break;
                }
                System.out.printf("indexing: %,d changes queued, %,d of %,d documents in OpenSearch%n", pending, count.path("count").asLong(), documents);
                Thread.sleep(10_000);
            }
            double seconds = Math.max(1, System.currentTimeMillis() / 1000 - startedAt);
            System.out.printf("OpenSearch indexed %,d documents in %.0f s%n", documents, seconds);
            // what the index settles to: segments merged, deleted versions dropped
            http.send(HttpRequest.newBuilder(URI.create(index + "/_forcemerge?max_num_segments=1")).POST(HttpRequest.BodyPublishers.noBody())
                    .timeout(Duration.ofMinutes(30)).build(), HttpResponse.BodyHandlers.discarding());
            return documents / seconds;
        }
    }

    static long openSearchBytes(HttpClient http, String index) throws Exception {
        JsonNode stats = new ObjectMapper().readTree(http.send(HttpRequest.newBuilder(URI.create(index + "/_stats/store")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        return stats.path("_all").path("primaries").path("store").path("size_in_bytes").asLong();
    }

    /**
     * Both JVMs (the backend's and the node's) compile their search paths while they serve: the first
     * class measured on fresh servers paid for it (the most frequent bigrams' first page: p50 51 ms fresh,
     * 17 ms after this warm-up, on the 250,000 corpus). Warmed with queries the classes never ask:
     * bigrams of sampled titles that are none of the measured terms nor inside one, so that no measured
     * term's index pages or filters are in a cache because of it.
     */
    static void warmUp(HttpClient http, String api, String jdbc, JsonNode terms) throws Exception {
        Set<String> measured = new HashSet<>(list(terms.get("topBigrams")));
        measured.addAll(list(terms.get("randomBigrams")));
        for (String field : new String[] { "fourCharacterTerms", "twoTermQueries" }) {
            for (String term : list(terms.get(field))) {
                for (int i = 0; i + 2 <= term.length(); i++) {
                    measured.add(term.substring(i, i + 2));
                }
            }
        }
        Set<String> others = new HashSet<>();
        try (Connection db = DriverManager.getConnection(jdbc, "gongkai", "gongkai"); Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT title FROM search_document TABLESAMPLE SYSTEM (1) REPEATABLE (7) LIMIT 300")) {
            while (rs.next()) {
                String title = rs.getString(1);
                for (int i = 0; i + 2 <= title.length(); i += 3) {
                    String bigram = title.substring(i, i + 2);
                    if (Character.isIdeographic(bigram.codePointAt(0)) && Character.isIdeographic(bigram.codePointAt(1)) && !measured.contains(bigram)) {
                        others.add(bigram);
                    }
                }
            }
        }
        List<String> paths = new ArrayList<>();
        for (String bigram : others) {
            for (int page : new int[] { 1, 7, 50 }) {
                paths.add("/api/v1/search?q=" + URLEncoder.encode(bigram, StandardCharsets.UTF_8) + "&page=" + page + "&size=20");
            }
        }
        long t0 = System.nanoTime();
        run(http, api, paths, 1, WARM_UP_REQUESTS);
        System.out.printf("warm-up: %,d requests of %,d other queries in %.0f s%n", WARM_UP_REQUESTS, paths.size(), (System.nanoTime() - t0) / 1e9);
    }

    static List<String> list(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** p50, p95, p99 in ms and throughput; fails loudly on any non-200 answer. */
    static double[] run(HttpClient http, String api, List<String> paths, int clients, int requests) throws Exception {
        double[] latencies = new double[requests];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    String path = paths.get(Math.floorMod(i * 7919 + clients, paths.size()));
                    HttpRequest req = HttpRequest.newBuilder(URI.create(api + path)).timeout(TIMEOUT).build();
                    long s = System.nanoTime();
                    try {
                        HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
                        if (res.statusCode() != 200) {
                            throw new IllegalStateException(res.statusCode() + " for " + path + ": " + res.body());
                        }
                    } catch (java.net.http.HttpTimeoutException e) {
                        // a timeout counts as the time waited, and is reported
                        System.err.println("timed out (" + TIMEOUT.toSeconds() + " s): " + path);
                        timeouts.incrementAndGet();
                    }
                    latencies[i] = (System.nanoTime() - s) / 1e6;
                    if (latencies[i] > 1_000) {
                        System.err.printf("slow (%.0f ms): %s%n", latencies[i], path);
                    }
                }
                return null;
            }));
        }
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            // a failed request must not leave client threads keeping the JVM (and the build lock) alive
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Arrays.sort(latencies);
        return new double[] { pct(latencies, 50), pct(latencies, 95), pct(latencies, 99), requests / seconds };
    }

    static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
