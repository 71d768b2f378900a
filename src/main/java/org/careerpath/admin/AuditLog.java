package org.careerpath.admin;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
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

    /** What the audit page is asked for: any of person, content type and a range of days (UTC). */
    record Filter(String actor, String contentType, java.time.LocalDate from, java.time.LocalDate to) {}

    /** The records that match, newest first, at most {@code limit}. */
    List<Entry> find(Filter filter, int limit) {
        return jdbc.sql("""
                        select id, at, actor, action, content_type, content_id,
                               before::text as before, after::text as after, address
                          from audit_record
                         where (cast(:actor as text) is null or actor = :actor)
                           and (cast(:type as text) is null or content_type = :type)
                           and (cast(:from as date) is null or at >= cast(:from as date))
                           and (cast(:to as date) is null or at < cast(:to as date) + 1)
                         order by id desc limit :limit
                        """)
                .param("actor", filter.actor())
                .param("type", filter.contentType())
                .param("from", filter.from())
                .param("to", filter.to())
                .param("limit", limit)
                .query(Entry.class)
                .list();
    }

    /** The people and content types that occur, for the filter's choices. */
    List<String> actors() {
        return jdbc.sql("select distinct actor from audit_record where actor is not null order by actor")
                .query(String.class)
                .list();
    }

    List<String> contentTypes() {
        return jdbc.sql("select distinct content_type from audit_record where content_type is not null order by 1")
                .query(String.class)
                .list();
    }

    /** Field by field, what a record's change did: the fields whose value differs between before and after. */
    List<Change> changes(Entry entry) {
        Map<String, Object> before = object(entry.before());
        Map<String, Object> after = object(entry.after());
        java.util.Set<String> fields = new java.util.LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<Change> changes = new java.util.ArrayList<>();
        for (String field : fields) {
            Object was = before.get(field);
            Object now = after.get(field);
            if (!java.util.Objects.equals(was, now)) {
                changes.add(new Change(field, was == null ? "" : was.toString(), now == null ? "" : now.toString()));
            }
        }
        return changes;
    }

    /** One field that a change altered. */
    record Change(String field, String before, String after) {}

    @SuppressWarnings("unchecked")
    private Map<String, Object> object(String text) {
        if (text == null) {
            return Map.of();
        }
        Object value = json.readValue(text, Object.class);
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
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
