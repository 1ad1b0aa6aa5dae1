package org.gongkai.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.gongkai.catalogue.CatalogueQuery;
import org.gongkai.catalogue.ItemStatus;
import org.gongkai.catalogue.ServiceItemRepository;
import org.gongkai.catalogue.ServiceItemVersionRepository;
import org.gongkai.catalogue.rest.CatalogueParams;

/**
 * Writes pgbench scripts with exactly the SQL the API runs for a set of request paths, so the
 * benchmark can drive the same statements with pgbench: the database's own limit for them.
 * Usage: BenchStatements KIND PATHS_FILE OUT_DIR MAX, KIND = list (paths like /api/v1/services?q=..)
 * or detail (paths like /api/v1/services/{id}). Parameters are inlined as literals, one script per path.
 */
public final class BenchStatements {

    public static void main(String[] args) throws IOException {
        String kind = args[0];
        List<String> paths = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
        Path out = Files.createDirectories(Path.of(args[2]));
        int max = Integer.parseInt(args[3]);
        for (int n = 0; n < Math.min(max, paths.size()); n++) {
            String path = paths.get(n);
            String script = kind.equals("detail")
                    ? inline(ServiceItemVersionRepository.CURRENT, List.of(UUID.fromString(path.substring(path.lastIndexOf('/') + 1))))
                    : listScript(path);
            Files.writeString(out.resolve(kind + "-" + n + ".sql"), script, StandardCharsets.UTF_8);
        }
    }

    private static String listScript(String path) {
        CatalogueParams params = new CatalogueParams();
        String query = path.contains("?") ? path.substring(path.indexOf('?') + 1) : "";
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] kv = pair.split("=", 2);
            String value = java.net.URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8);
            switch (kv[0]) {
                case "q" -> params.q = value;
                case "page" -> params.page = value;
                case "size" -> params.size = value;
                case "department" -> params.department = value;
                case "type" -> params.type = value;
                case "theme" -> params.theme = value;
                case "sort" -> params.sort = value;
                default -> throw new IllegalArgumentException("parameter " + kv[0]);
            }
        }
        CatalogueQuery q = params.query(CatalogueQuery.PUBLIC_DEFAULT, EnumSet.allOf(ItemStatus.class));
        var sql = ServiceItemRepository.statements(q, params.pageRequest());
        return inline(sql.pageSql(), sql.pageParams()) + inline(sql.countSql(), sql.countParams());
    }

    /** $n replaced by literals, highest n first so that $1 does not eat into $12. */
    private static String inline(String sql, List<Object> values) {
        String result = sql;
        for (int i = values.size(); i >= 1; i--) {
            result = result.replace("$" + i, literal(values.get(i - 1)));
        }
        return result.replaceAll("\\s+", " ").strip() + ";\n";
    }

    private static String literal(Object value) {
        if (value instanceof String[] array) {
            return "'{" + java.util.Arrays.stream(array).map(s -> s.replace("'", "''")).collect(Collectors.joining(",")) + "}'";
        }
        return "'" + value.toString().replace("'", "''") + "'";
    }
}
