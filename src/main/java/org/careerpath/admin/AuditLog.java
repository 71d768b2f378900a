package org.careerpath.admin;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only audit log: who did what, when, from which address, with the record before and after as
 * JSON. PostgreSQL refuses any update or delete of its rows (V22), so nothing in the application can rewrite
 * history, by mistake or otherwise.
 */
@Component
public class AuditLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.json = JsonMapper.builder().build();
    }

    /** One audited action; {@code before} and {@code after} are written as JSON (null when there is none). */
    public void record(
            String actor,
            String action,
            String contentType,
            String contentId,
            Object before,
            Object after,
            String address) {
        jdbc.sql("""
                        insert into audit_record (actor, action, content_type, content_id, before, after, address)
                        values (?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?)
                        """)
                .params(actor, action, contentType, contentId, toJson(before), toJson(after), address)
                .update();
    }

    /** The latest records, newest first. */
    List<Entry> latest(int limit) {
        return jdbc.sql("""
                        select id, at, actor, action, content_type, content_id,
                               before::text as before, after::text as after, address
                          from audit_record order by id desc limit ?
                        """).param(limit).query(Entry.class).list();
    }

    private String toJson(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }

    /** One audit record as read back. */
    record Entry(
            long id,
            OffsetDateTime at,
            String actor,
            String action,
            String contentType,
            String contentId,
            String before,
            String after,
            String address) {}
}
