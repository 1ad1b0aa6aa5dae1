import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.gongkai.search.SearchText;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How long a change takes to reach the public search, on the engine the backend runs: again and
 * again a published record of the corpus gains a word of its own in its title, and the search is
 * asked for that word until it finds the record; then the record is withdrawn, and the search asked
 * until it is gone. First on an idle system, then while 8 clients search (random bigrams and two-term
 * queries, page 1). Each write is one committed transaction through the same triggers as the
 * application's; a delay runs from the commit to the first answer that shows it (the search is asked
 * every 5 ms, so that is the resolution).
 *
 * Usage: java -cp ... FreshnessBench.java API_URL JDBC_URL TERMS_JSON OUT_MD (the table is appended)
 */
public class FreshnessBench {

    static final int CHANGES = 100;
    static final Duration GIVE_UP = Duration.ofSeconds(30);
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Doc(UUID id, String title, String titleTokens) {
    }

    public static void main(String[] args) throws Exception {
        String api = args[0];
        JsonNode terms = new ObjectMapper().readTree(Files.readString(Path.of(args[2])));
        List<String> load = new ArrayList<>();
        terms.get("randomBigrams").forEach(t -> load.add("/api/v1/search?q=" + URLEncoder.encode(t.asText(), StandardCharsets.UTF_8)));
        terms.get("twoTermQueries").forEach(t -> load.add("/api/v1/search?q=" + URLEncoder.encode(t.asText(), StandardCharsets.UTF_8)));
        StringBuilder table = new StringBuilder("\n| change reaching the search | p50 ms | p95 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|\n");
        try (Connection db = DriverManager.getConnection(args[1], "gongkai", "gongkai")) {
            List<Doc> docs = sample(db, 2 * CHANGES);
            Random random = new Random(7);
            for (int searching : new int[] { 0, 8 }) {
                AtomicBoolean stop = new AtomicBoolean();
                List<Thread> clients = new ArrayList<>();
                AtomicLong loadRequests = new AtomicLong();
                AtomicLong loadFailures = new AtomicLong();
                for (int c = 0; c < searching; c++) {
                    int seed = c;
                    Thread client = new Thread(() -> {
                        Random r = new Random(seed);
                        while (!stop.get()) {
                            try {
                                get(api + load.get(r.nextInt(load.size())));
                                loadRequests.incrementAndGet();
                            } catch (IllegalStateException e) {
                                loadFailures.incrementAndGet(); // a slow search (timed out) still loads the system
                            }
                        }
                    });
                    client.start();
                    clients.add(client);
                }
                double[] found = new double[CHANGES];
                double[] gone = new double[CHANGES];
                for (int i = 0; i < CHANGES; i++) {
                    Doc doc = docs.get((searching == 0 ? 0 : CHANGES) + i);
                    String word = word(random);
                    String query = api + "/api/v1/search?q=" + word;
                    update(db, "UPDATE disclosure_record SET title = ?, search_title_tokens = ? WHERE id = ?", doc.title() + " " + word,
                            doc.titleTokens() + " " + SearchText.indexTokens(word), doc.id());
                    found[i] = await(query, 1);
                    update(db, "UPDATE disclosure_record SET status = 'WITHDRAWN' WHERE id = ?", doc.id());
                    gone[i] = await(query, 0);
                    update(db, "UPDATE disclosure_record SET title = ?, search_title_tokens = ?, status = 'PUBLISHED' WHERE id = ?", doc.title(),
                            doc.titleTokens(), doc.id());
                    Thread.sleep(50 + random.nextInt(200));
                }
                stop.set(true);
                for (Thread t : clients) {
                    t.join();
                }
                String when = searching == 0 ? "idle"
                        : "while " + searching + " clients search (" + loadRequests.get() + " searches" + (loadFailures.get() == 0 ? "" : ", " + loadFailures.get() + " timed out") + ")";
                table.append(row("published → found, " + when, found)).append(row("withdrawn → gone, " + when, gone));
            }
        }
        System.out.print(table);
        Files.writeString(Path.of(args[3]), table, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    static List<Doc> sample(Connection db, int n) throws Exception {
        List<Doc> docs = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, title, search_title_tokens FROM disclosure_record TABLESAMPLE SYSTEM (1)"
                        + " WHERE status = 'PUBLISHED' AND disclosure_mode = 'PROACTIVE' AND length(title) < 280 LIMIT " + n)) {
            while (rs.next()) {
                docs.add(new Doc(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)));
            }
        }
        if (docs.size() < n) {
            throw new IllegalStateException("only " + docs.size() + " records sampled");
        }
        return docs;
    }

    /** A Latin word no record has: lower-case letters only, so both engines keep it one token. */
    static String word(Random random) {
        StringBuilder w = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            w.append((char) ('a' + random.nextInt(26)));
        }
        return w.toString();
    }

    static void update(Connection db, String sql, Object... values) throws Exception {
        try (PreparedStatement p = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                p.setObject(i + 1, values[i]);
            }
            if (p.executeUpdate() != 1) {
                throw new IllegalStateException("not one row: " + sql);
            }
        }
    }

    /** Milliseconds from now (just after the commit) until the search reports {@code total} matches. */
    static double await(String query, long total) throws Exception {
        long t0 = System.nanoTime();
        while (true) {
            JsonNode body = new ObjectMapper().readTree(get(query));
            if (body.path("total").asLong(-1) == total) {
                return (System.nanoTime() - t0) / 1e6;
            }
            if (System.nanoTime() - t0 > GIVE_UP.toNanos()) {
                throw new IllegalStateException(query + " did not reach " + total + " matches in " + GIVE_UP.toSeconds() + " s");
            }
            Thread.sleep(5);
        }
    }

    static String get(String url) {
        try {
            HttpResponse<String> res = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (res.statusCode() != 200) {
                throw new IllegalStateException(res.statusCode() + " for " + url + ": " + res.body());
            }
            return res.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String row(String name, double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        return String.format("| %s | %.0f | %.0f | %.0f | %.0f |%n", name, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted[sorted.length - 1]);
    }

    static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
