package org.gongkai.guards;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;

import javax.sql.DataSource;

/**
 * A digest of everything the API stores (directory, items with drafts, versions, themes, audit log),
 * read straight from the database, so "nothing changed" is checked on the data, not on what the API
 * chooses to show. Read counts are left out (every guide read adds one); so are the records a test
 * made on purpose, named by their keys.
 */
final class StoreDigest {

    private static final String SQL = """
            select md5(coalesce(string_agg(x, '|' order by x), '')) from (
              select 'd:' || d::text as x from department d where d.code <> all(?)
              union all select 'i:' || (to_jsonb(i) - 'view_count')::text from service_item i where i.id::text <> all(?)
              union all select 'v:' || v::text from service_item_version v where v.item_id::text <> all(?)
              union all select 't:' || t::text from theme t
              union all select 'a:' || a::text from audit_entry a where a.entity_id <> all(?)
            ) everything""";

    private StoreDigest() {
    }

    static String of(DataSource db, Collection<String> excludedKeys) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(SQL)) {
            Array keys = c.createArrayOf("text", excludedKeys.toArray());
            for (int i = 1; i <= 4; i++) {
                s.setArray(i, keys);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
