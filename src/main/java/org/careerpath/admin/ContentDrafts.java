package org.careerpath.admin;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Editors' drafts: a changed record kept as JSON apart from the published content, with the version of the
 * record it started from. The public pages never read drafts; publishing is the owning module's job (it
 * applies the draft to its tables, then {@link #published marks it}), in one transaction with the content
 * version's bump.
 */
@Component
public class ContentDrafts {

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    ContentDrafts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One draft, with its payload still as JSON. */
    public record Draft(
            long id,
            String contentType,
            Long contentId,
            String payload,
            String baseStamp,
            String author,
            String status,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt,
            OffsetDateTime publishedAt,
            String publishedBy) {

        public boolean open() {
            return "draft".equals(status);
        }
    }

    /** Keeps a new draft of a record (or of a new one, with no id); answers its id. */
    public long save(String contentType, Long contentId, Object payload, String baseStamp, String author) {
        return jdbc.sql("""
                        insert into content_draft (content_type, content_id, payload, base_stamp, author)
                        values (?, ?, cast(? as jsonb), ?, ?) returning id
                        """)
                .params(contentType, contentId, json.writeValueAsString(payload), baseStamp, author)
                .query(Long.class)
                .single();
    }

    public Optional<Draft> find(String contentType, long id) {
        return jdbc.sql("""
                        select id, content_type, content_id, payload::text as payload, base_stamp, author, status,
                               created_at, updated_at, published_at, published_by
                          from content_draft where id = ? and content_type = ?
                        """).params(id, contentType).query(Draft.class).optional();
    }

    /** The open drafts of one kind, newest first. */
    public List<Draft> open(String contentType) {
        return jdbc.sql("""
                        select id, content_type, content_id, payload::text as payload, base_stamp, author, status,
                               created_at, updated_at, published_at, published_by
                          from content_draft where content_type = ? and status = 'draft' order by id desc
                        """).param(contentType).query(Draft.class).list();
    }

    /** The payload read back as the type it was saved from. */
    public <T> T payload(Draft draft, Class<T> type) {
        return json.readValue(draft.payload(), type);
    }

    /** Marks an open draft published; false when it was no longer open (published or discarded meanwhile). */
    public boolean published(long id, String by) {
        return jdbc.sql("""
                        update content_draft set status = 'published', published_at = now(), published_by = ?,
                               updated_at = now()
                         where id = ? and status = 'draft'
                        """).params(by, id).update() == 1;
    }

    /** Discards an open draft; false when it was no longer open. */
    public boolean discard(long id) {
        return jdbc.sql(
                                "update content_draft set status = 'discarded', updated_at = now() where id = ? and status = 'draft'")
                        .param(id)
                        .update()
                == 1;
    }
}
