import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Collectors;

import org.gongkai.disclosure.HtmlBody;
import org.gongkai.search.SearchText;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The city-scale corpus for the search benchmark (not demo data): N published disclosure records,
 * ten years × the seed's 231,310 a year at full size, spread over the departments, kinds, 五公开
 * categories and key-domain sub-items unevenly as a city's are (a few departments publish most),
 * with titles and bodies of 300–3,000 characters built from the domain vocabulary: the demo
 * catalogue's record bodies, the seed report, the service catalogue's item names and the key
 * domains. Loaded with COPY through the normal triggers (so search_document is filled exactly as by
 * the application); GIN indexes are dropped for the load and built once after it.
 *
 * Usage: java -cp ... SearchCorpus.java JDBC_URL RECORDS DOMAIN_DIR DEMO_NDJSON SEED_TXT TERMS_OUT
 */
public class SearchCorpus {

    static final int YEARS = 10;
    static final int FIRST_YEAR = 2017;
    static final int BATCH = 2_000;

    record SubItem(String code, String domain, String name) {
    }

    final SplittableRandom random = new SplittableRandom(20261201);
    final List<String> departments = new ArrayList<>();
    final List<String> departmentNames = new ArrayList<>();
    final double[] departmentWeights;
    final List<SubItem> subItems = new ArrayList<>();
    final List<String> topics = new ArrayList<>();
    final List<String> sentences = new ArrayList<>();
    final List<String> demoTitles = new ArrayList<>();

    SearchCorpus(Connection db, Path domainDir, Path demo, Path seed) throws Exception {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT code, name FROM department ORDER BY sort_order, code")) {
            while (r.next()) {
                departments.add(r.getString(1));
                departmentNames.add(r.getString(2));
            }
        }
        // Zipf-like: the government office, public security, market regulation... publish most
        departmentWeights = new double[departments.size()];
        for (int i = 0; i < departmentWeights.length; i++) {
            departmentWeights[i] = 1.0 / Math.pow(i + 1, 0.9);
        }
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT code, domain_code, name FROM key_domain_item ORDER BY code")) {
            while (r.next()) {
                subItems.add(new SubItem(r.getString(1), r.getString(2), r.getString(3)));
                topics.add(r.getString(3));
            }
        }
        List<String> names = Files.readAllLines(domainDir.resolve("catalogue-names.csv"));
        for (String line : names.subList(1, names.size())) {
            String[] f = line.split(",");
            if (f.length > 3) {
                topics.add(f[3]);
            }
        }
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(demo)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode c = json.readTree(line).path("content");
            demoTitles.add(c.path("title").asText());
            c.path("keywords").forEach(k -> topics.add(k.asText()));
            addSentences(HtmlBody.text(c.path("body").asText("")));
        }
        addSentences(SearchText.normalize(Files.readString(seed)));
    }

    private void addSentences(String text) {
        for (String s : text.split("(?<=[。；！？])|\\n")) {
            s = s.strip();
            if (s.length() >= 8 && s.length() <= 200) {
                sentences.add(s);
            }
        }
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    int department() {
        double total = 0;
        for (double w : departmentWeights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < departmentWeights.length; i++) {
            x -= departmentWeights[i];
            if (x <= 0) {
                return i;
            }
        }
        return departmentWeights.length - 1;
    }

    /** Kinds as a city publishes them: mostly general information, a few policies, very few budgets. */
    String kind() {
        int x = random.nextInt(10_000);
        if (x < 7_200) return "GENERAL";
        if (x < 8_200) return "POLICY";
        if (x < 8_900) return "NORMATIVE_DOCUMENT";
        if (x < 9_500) return "INTERPRETATION";
        if (x < 9_560) return "REGULATION";
        if (x < 9_700) return "BUDGET";
        if (x < 9_800) return "FINAL_ACCOUNTS";
        if (x < 9_830) return "GAZETTE_ISSUE";
        if (x < 9_900) return "NPC_REPLY";
        return "CPPCC_REPLY";
    }

    String title(String kind, String dept, int year) {
        String topic = pick(topics);
        return switch (kind) {
            case "POLICY" -> pickOf("关于印发" + topic + "实施方案的通知", "关于进一步加强" + topic + "工作的意见", dept + "关于做好" + year + "年" + topic + "工作的通知");
            case "NORMATIVE_DOCUMENT" -> pickOf("葫芦岛市" + topic + "管理办法", "关于" + topic + "的若干规定", "葫芦岛市" + topic + "实施细则");
            case "REGULATION" -> "葫芦岛市" + topic + "条例";
            case "INTERPRETATION" -> "《关于" + topic + "的通知》政策解读";
            case "BUDGET" -> dept + year + "年部门预算";
            case "FINAL_ACCOUNTS" -> dept + (year - 1) + "年部门决算";
            case "GAZETTE_ISSUE" -> "葫芦岛市人民政府公报" + year + "年第" + (1 + random.nextInt(12)) + "期";
            case "NPC_REPLY" -> "对市人大代表第" + (1 + random.nextInt(300)) + "号建议的答复（" + topic + "）";
            case "CPPCC_REPLY" -> "对市政协委员第" + (1 + random.nextInt(300)) + "号提案的答复（" + topic + "）";
            default -> random.nextInt(10) == 0 ? pick(demoTitles)
                    : pickOf(dept + "关于" + topic + "的公示", "关于" + topic + "工作情况的通报", dept + topic + "信息公开",
                            year + "年" + (1 + random.nextInt(12)) + "月" + topic + "情况", "关于" + topic + "的公告",
                            dept + year + "年" + topic + "工作总结", topic + "办理结果公开");
        };
    }

    @SafeVarargs
    final <T> T pickOf(T... options) {
        return options[random.nextInt(options.length)];
    }

    /** 300 to 3,000 characters, more short ones than long (log-uniform), in paragraphs. */
    String body(String topic) {
        int length = (int) Math.round(Math.exp(Math.log(300) + random.nextDouble() * (Math.log(3000) - Math.log(300))));
        StringBuilder html = new StringBuilder();
        int chars = 0;
        while (chars < length) {
            StringBuilder p = new StringBuilder();
            int n = 1 + random.nextInt(4);
            for (int i = 0; i < n && chars + p.length() < length; i++) {
                String s = pick(sentences);
                if (random.nextInt(4) == 0) {
                    s = "围绕" + topic + "，" + s;
                }
                p.append(s);
            }
            chars += p.length();
            html.append("<p>").append(p).append("</p>");
        }
        return html.toString();
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int records = Integer.parseInt(args[1]);
        try (Connection db = DriverManager.getConnection(url, "gongkai", "gongkai")) {
            new SearchCorpus(db, Path.of(args[2]), Path.of(args[3]), Path.of(args[4])).load(db, records, Path.of(args[5]));
        }
    }

    static final String[] GIN = {
            "search_document_vector_idx ON search_document USING gin (search_vector) WITH (fastupdate = off)",
            "search_document_title_idx ON search_document USING gin (title_vector) WITH (fastupdate = off)" };

    void load(Connection db, int records, Path termsOut) throws Exception {
        try (Statement s = db.createStatement()) {
            for (String index : GIN) {
                s.execute("DROP INDEX IF EXISTS " + index.substring(0, index.indexOf(' ')));
            }
        }
        CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
        db.setAutoCommit(false);
        Map<String, Integer> sampleFrequency = new HashMap<>();
        List<String> sampleTitles = new ArrayList<>();
        int perYear = Math.max(1, records / YEARS);
        long t0 = System.nanoTime();
        long textBytes = 0;
        int done = 0;
        StringBuilder rec = new StringBuilder(BATCH * 8_000);
        StringBuilder ver = new StringBuilder(BATCH * 6_000);
        int[] sequence = new int[departments.size() * YEARS];
        ObjectMapper json = new ObjectMapper();
        while (done < records) {
            int year = FIRST_YEAR + Math.min(YEARS - 1, done / perYear);
            int d = department();
            String dept = departments.get(d);
            String deptName = departmentNames.get(d);
            String kind = kind();
            String title = title(kind, deptName, year);
            if (title.length() > 290) {
                title = title.substring(0, 290);
            }
            String topic = pick(topics);
            String body = body(topic);
            String text = HtmlBody.text(body);
            textBytes += title.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            LocalDate published = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
            // the older a record, the likelier it has expired or been repealed
            int age = 2026 - year;
            String validity = random.nextInt(100) < age * 4 ? (random.nextInt(5) == 0 ? "REPEALED" : "EXPIRED") : "VALID";
            String category = pickOf("DECISION", "EXECUTION", "EXECUTION", "MANAGEMENT", "SERVICE", "SERVICE", "RESULT", "RESULT");
            String subItem = "";
            String domain = "";
            if (random.nextInt(100) < 45) {
                SubItem si = pick(subItems);
                subItem = si.code();
                domain = si.domain();
            }
            int seq = ++sequence[d * YEARS + (year - FIRST_YEAR)];
            String index = dept + "/" + year + "-" + String.format("%06d", seq);
            String number = kind.equals("GENERAL") ? null : "葫" + deptName.substring(Math.min(3, deptName.length() - 1), Math.min(4, deptName.length())) + "发〔" + year + "〕" + seq + "号";
            UUID id = UUID.randomUUID();
            String titleTokens = SearchText.indexTokens(title + " " + (number == null ? "" : number));
            String bodyTokens = SearchText.indexTokens(topic + " " + text);
            OffsetDateTime at = published.atTime(9, 30).atOffset(ZoneOffset.ofHours(8));
            row(rec, id, index, dept, kind, "PUBLISHED", 1, title, number, published, published, at, "PROACTIVE", category, validity,
                    subItem.isEmpty() ? "{}" : "{" + subItem + "}", domain.isEmpty() ? "{}" : "{" + domain + "}", titleTokens, bodyTokens, at, "bench", at);
            Map<String, Object> content = new LinkedHashMap<>();
            content.put("title", title);
            content.put("documentNumber", number);
            content.put("writtenOn", published.minusDays(2).toString());
            content.put("keywords", List.of(topic));
            content.put("subItems", subItem.isEmpty() ? List.of() : List.of(subItem));
            content.put("disclosureMode", "PROACTIVE");
            content.put("category", category);
            content.put("validity", validity);
            content.put("body", body);
            versionRow(ver, id, json.writeValueAsString(content), at);
            if (done < 20_000) {
                Set<String> seen = new HashSet<>(List.of(titleTokens.split(" ")));
                seen.addAll(List.of(bodyTokens.split(" ")));
                for (String g : seen) {
                    if (g.length() == 2 && Character.UnicodeScript.of(g.charAt(0)) == Character.UnicodeScript.HAN) {
                        sampleFrequency.merge(g, 1, Integer::sum);
                    }
                }
                sampleTitles.add(SearchText.normalize(title));
            }
            done++;
            if (done % BATCH == 0 || done == records) {
                copy.copyIn("COPY disclosure_record (id, index_number, department_code, kind, status, current_version, title, document_number,"
                        + " written_on, published_on, published_at, disclosure_mode, category, validity, sub_items, domains, search_title_tokens,"
                        + " search_tokens, created_at, created_by, updated_at) FROM STDIN", new StringReader(rec.toString()));
                copy.copyIn("COPY disclosure_version (record_id, version, state, content, change_note, published_at, published_by) FROM STDIN",
                        new StringReader(ver.toString()));
                db.commit();
                rec.setLength(0);
                ver.setLength(0);
                if (done % 50_000 == 0 || done == records) {
                    double s = (System.nanoTime() - t0) / 1e9;
                    System.out.printf("loaded %,d records in %.0f s: %,.0f records/s%n", done, s, done / s);
                }
            }
        }
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        db.setAutoCommit(true);
        long t1 = System.nanoTime();
        try (Statement s = db.createStatement()) {
            s.execute("SET maintenance_work_mem = '1GB'");
            for (String index : GIN) {
                s.execute("CREATE INDEX " + index);
            }
        }
        double indexSeconds = (System.nanoTime() - t1) / 1e9;
        long t2 = System.nanoTime();
        try (Statement s = db.createStatement()) {
            s.execute("VACUUM ANALYZE disclosure_record");
            s.execute("VACUUM ANALYZE disclosure_version");
            s.execute("VACUUM ANALYZE search_document");
        }
        double vacuumSeconds = (System.nanoTime() - t2) / 1e9;
        System.out.printf("ingest: %,d records in %.0f s (%,.0f records/s with their versions and search rows), GIN indexes %.0f s, vacuum %.0f s;"
                + " overall %,.0f records/s%n", records, loadSeconds, records / loadSeconds, indexSeconds, vacuumSeconds,
                records / (loadSeconds + indexSeconds + vacuumSeconds));
        System.out.printf("text (titles and bodies, UTF-8): %,d MB%n", textBytes / 1_000_000);
        writeTerms(sampleFrequency, sampleTitles, termsOut, records, loadSeconds + indexSeconds + vacuumSeconds, textBytes);
    }

    void writeTerms(Map<String, Integer> frequency, List<String> titles, Path out, int records, double seconds, long textBytes) throws Exception {
        List<String> byFrequency = frequency.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).map(Map.Entry::getKey).toList();
        Random r = new Random(7);
        List<String> top = byFrequency.subList(0, Math.min(20, byFrequency.size()));
        List<String> randomBigrams = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            randomBigrams.add(byFrequency.get(r.nextInt(byFrequency.size())));
        }
        List<String> singles = new ArrayList<>();
        List<String> fours = new ArrayList<>();
        List<String> pairs = new ArrayList<>();
        for (int i = 0; singles.size() < 100 && i < 100_000; i++) {
            String t = titles.get(r.nextInt(titles.size()));
            List<String> runs = hanRuns(t);
            String run = runs.isEmpty() ? null : runs.get(r.nextInt(runs.size()));
            if (run == null) {
                continue;
            }
            singles.add(String.valueOf(run.charAt(r.nextInt(run.length()))));
            if (run.length() >= 4) {
                int at = r.nextInt(run.length() - 3);
                fours.add(run.substring(at, at + 4));
            }
            if (run.length() >= 6) {
                pairs.add(run.substring(0, 2) + " " + run.substring(run.length() - 2));
            }
        }
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("records", records);
        terms.put("ingestSeconds", seconds);
        terms.put("textBytes", textBytes);
        terms.put("topBigrams", top);
        terms.put("topBigramSampleShare", top.stream().map(g -> frequency.get(g) / (double) Math.min(20_000, records)).collect(Collectors.toList()));
        terms.put("randomBigrams", randomBigrams);
        terms.put("singleCharacters", singles);
        terms.put("fourCharacterTerms", fours);
        terms.put("twoTermQueries", pairs);
        terms.put("departments", departments);
        Files.writeString(out, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(terms));
        System.out.println("the 20 most frequent bigrams: " + top);
    }

    static List<String> hanRuns(String s) {
        List<String> runs = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                b.append(c);
            } else if (!b.isEmpty()) {
                runs.add(b.toString());
                b.setLength(0);
            }
        }
        if (!b.isEmpty()) {
            runs.add(b.toString());
        }
        return runs;
    }

    static void row(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            field(out, values[i]);
        }
        out.append('\n');
    }

    static void versionRow(StringBuilder out, UUID id, String content, OffsetDateTime at) {
        row(out, id, 1, "PUBLISHED", content, "首次发布", at, "bench");
    }

    static void field(StringBuilder out, Object v) {
        if (v == null) {
            out.append("\\N");
            return;
        }
        String s = v.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
