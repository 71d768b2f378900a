package org.careerpath.certifications;

import java.util.Optional;
import org.careerpath.admin.EditableKind;
import org.careerpath.web.Refused;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes to the certification table, for the editors. Every row carries its version for free: PostgreSQL's
 * {@code xmin}, which changes whenever the row does. An edit names the version it started from and is
 * refused if the row has changed since. A rename keeps the id, and the old slug answers 301 to the new one.
 */
@Component
class CertificationWrites {

    static final String TYPE = "certification";

    private final JdbcClient jdbc;

    CertificationWrites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<EditableKind.Current<CertificationEdit>> current(long id) {
        return jdbc.sql("select xmin::text as stamp from certification where id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .flatMap(stamp -> load(id).map(c -> new EditableKind.Current<>(id, stamp, CertificationEdit.of(c))));
    }

    private Optional<Certification> load(long id) {
        return jdbc.sql("""
                        select id, slug, name, code, provider, cost_usd_min, cost_usd_max, cost_note, exam_format,
                               validity_months, validity_note, status, available_since, status_date, successor_name,
                               url, summary
                          from certification where id = ?
                        """)
                .param(id)
                .query((row, n) -> new Certification(
                        row.getLong("id"),
                        row.getString("slug"),
                        row.getString("name"),
                        row.getString("code"),
                        row.getString("provider"),
                        row.getBigDecimal("cost_usd_min"),
                        row.getBigDecimal("cost_usd_max"),
                        row.getString("cost_note"),
                        row.getString("exam_format"),
                        (Integer) row.getObject("validity_months", Integer.class),
                        row.getString("validity_note"),
                        row.getString("status"),
                        row.getObject("available_since", java.time.LocalDate.class),
                        row.getObject("status_date", java.time.LocalDate.class),
                        row.getString("successor_name"),
                        row.getString("url"),
                        row.getString("summary"),
                        java.util.Set.of(),
                        java.util.Set.of()))
                .optional();
    }

    /**
     * Applies a valid edit to the record it was made from, if that record is still at {@code stamp}; a new
     * slug leaves a redirect from the old one. Runs in the caller's transaction (the publish).
     */
    @Transactional
    EditableKind.Current<CertificationEdit> apply(long id, CertificationEdit edit, String stamp) {
        String now = jdbc.sql("select xmin::text from certification where id = ? for update")
                .param(id)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new Refused("slug", "This certification no longer exists."));
        EditableKind.Current<CertificationEdit> before = current(id).orElseThrow();
        if (!now.equals(stamp)) {
            throw new EditableKind.Conflict(before);
        }
        boolean taken = jdbc.sql("select exists (select 1 from certification where slug = ? and id <> ?)")
                .params(edit.slug(), id)
                .query(Boolean.class)
                .single();
        if (taken) {
            throw new Refused("slug", "Another certification already has the address " + edit.slug() + ".");
        }
        Object[] columns = edit.columns();
        Object[] params = java.util.Arrays.copyOf(columns, columns.length + 1);
        params[columns.length] = id;
        jdbc.sql("""
                        update certification set slug = ?, name = ?, code = ?, provider = ?, cost_usd_min = ?,
                               cost_usd_max = ?, cost_note = ?, exam_format = ?, validity_months = ?,
                               validity_note = ?, status = ?, available_since = ?, status_date = ?,
                               successor_name = ?, url = ?, summary = ?
                         where id = ?
                        """).params(params).update();
        String oldSlug = before.edit().slug();
        if (!oldSlug.equals(edit.slug())) {
            jdbc.sql("delete from slug_redirect where content_type = ? and old_slug = ?")
                    .params(TYPE, edit.slug())
                    .update();
            jdbc.sql("""
                            insert into slug_redirect (content_type, old_slug, content_id) values (?, ?, ?)
                            on conflict (content_type, old_slug) do update set content_id = excluded.content_id
                            """).params(TYPE, oldSlug, id).update();
        }
        return before;
    }

    /** Stores a new certification; answers its id. Runs in the caller's transaction (the publish). */
    long create(CertificationEdit edit) {
        boolean taken = jdbc.sql("select exists (select 1 from certification where slug = ?)")
                .param(edit.slug())
                .query(Boolean.class)
                .single();
        if (taken) {
            throw new Refused("slug", "Another certification already has the address " + edit.slug() + ".");
        }
        return jdbc.sql("""
                        insert into certification (slug, name, code, provider, cost_usd_min, cost_usd_max, cost_note,
                               exam_format, validity_months, validity_note, status, available_since, status_date,
                               successor_name, url, summary)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        returning id
                        """).params(edit.columns()).query(Long.class).single();
    }

    /** Deletes a certification, its links to skills and levels, and the redirects to it. */
    void delete(long id) {
        jdbc.sql("delete from slug_redirect where content_type = ? and content_id = ?")
                .params(TYPE, id)
                .update();
        jdbc.sql("delete from certification where id = ?").param(id).update();
    }

    /** Where an old slug leads now, if it was renamed. */
    Optional<String> renamed(String oldSlug) {
        return jdbc.sql("""
                        select c.slug from slug_redirect r join certification c on c.id = r.content_id
                         where r.content_type = ? and r.old_slug = ?
                        """).params(TYPE, oldSlug).query(String.class).optional();
    }
}
