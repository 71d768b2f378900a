package org.careerpath.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and writes a few text columns of one content row together with the row's version (PostgreSQL's
 * xmin), for editable kinds whose edit is a handful of columns of one table. Table and column names come from
 * the kinds' code, never from a request; values are always bound as parameters.
 */
@Component
public class VersionedRows {

    private final JdbcClient jdbc;
    private final org.springframework.transaction.support.TransactionTemplate trial;

    VersionedRows(JdbcClient jdbc, org.springframework.transaction.PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.trial = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.trial.setPropagationBehavior(
                org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Tries the write in a transaction of its own that is always rolled back, and answers the name of the
     * database constraint that refused it, if one did: so that a form can say what is wrong before anything is
     * stored, with the same rules as the table.
     */
    public Optional<String> refusal(String table, long id, Map<String, String> values, List<String> nullable) {
        return refusal(() -> update(table, "id", id, values, nullable));
    }

    /** As above, for any write: the constraint the database would refuse it with, if any; nothing is kept. */
    public Optional<String> refusal(Runnable write) {
        try {
            trial.executeWithoutResult(status -> {
                status.setRollbackOnly();
                write.run();
            });
            return Optional.empty();
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            Throwable cause = e.getMostSpecificCause();
            if (cause instanceof org.postgresql.util.PSQLException p && p.getServerErrorMessage() != null) {
                String constraint = p.getServerErrorMessage().getConstraint();
                return Optional.of(constraint == null ? "unknown" : constraint);
            }
            return Optional.of("unknown");
        }
    }

    /** An address made from a name: lower-case ASCII words joined by hyphens, at most {@code max} characters. */
    public static String slugOf(String text, String fallback, int max) {
        String slug = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        slug = slug.length() > max ? slug.substring(0, max).replaceAll("-+$", "") : slug;
        return slug.isEmpty() ? fallback : slug;
    }

    /** The address for a new row of {@code table} made from a name, numbered (-2, -3, …) where it is taken. */
    public String freeSlug(String table, String text, String fallback, int max) {
        String base = slugOf(text, fallback, max);
        String slug = base;
        for (int n = 2;
                jdbc.sql("select count(*) from " + table + " where slug = ?")
                                .param(slug)
                                .query(Long.class)
                                .single()
                        > 0;
                n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    /**
     * Why a row may not be deleted: empty when {@code countSql} (one {@code ?} for the id) counts nothing
     * that refers to it; otherwise the count followed by {@code why}.
     */
    public Optional<String> whileReferenced(String countSql, long id, String why) {
        long count = jdbc.sql(countSql).param(id).query(Long.class).single();
        return count == 0 ? Optional.empty() : Optional.of(count + " " + why);
    }

    /** Deletes the row whose key column has this value. */
    public void delete(String table, String key, long id) {
        jdbc.sql("delete from " + table + " where " + key + " = ?").param(id).update();
    }

    /** A row's columns as stored (nulls as empty text) and the version they were read at. */
    public record Row(String stamp, Map<String, String> values) {

        public String get(String column) {
            return values.get(column);
        }
    }

    /** The columns of the row with this id, or empty when there is none. */
    public Optional<Row> read(String table, long id, List<String> columns) {
        return read(table, "id", id, columns);
    }

    /** The columns of the row whose key column has this value, or empty when there is none. */
    public Optional<Row> read(String table, String key, long id, List<String> columns) {
        StringBuilder sql = new StringBuilder("select xmin::text as stamp");
        for (String column : columns) {
            sql.append(", coalesce(").append(column).append("::text, '') as ").append(column);
        }
        sql.append(" from ").append(table).append(" where ").append(key).append(" = ?");
        return jdbc.sql(sql.toString())
                .param(id)
                .query((row, n) -> {
                    Map<String, String> values = new LinkedHashMap<>();
                    for (String column : columns) {
                        values.put(column, row.getString(column));
                    }
                    return new Row(row.getString("stamp"), values);
                })
                .optional();
    }

    /**
     * Writes the columns if the row is still at {@code stamp}; false (nothing stored) when it changed or is
     * gone. An empty value is stored as null where the column allows it ({@code nullable}).
     */
    public boolean write(String table, long id, Map<String, String> values, List<String> nullable, String stamp) {
        return write(table, "id", id, values, nullable, stamp);
    }

    /** As {@link #write(String, long, Map, List, String)}, for a row whose key column is not called id. */
    @Transactional
    public boolean write(
            String table, String key, long id, Map<String, String> values, List<String> nullable, String stamp) {
        String now = jdbc.sql("select xmin::text from " + table + " where " + key + " = ? for update")
                .param(id)
                .query(String.class)
                .optional()
                .orElse("");
        if (!now.equals(stamp)) {
            return false;
        }
        update(table, key, id, values, nullable);
        return true;
    }

    private void update(String table, String key, long id, Map<String, String> values, List<String> nullable) {
        StringBuilder sql = new StringBuilder("update ").append(table).append(" set ");
        List<Object> params = new ArrayList<>();
        String separator = "";
        for (Map.Entry<String, String> value : values.entrySet()) {
            sql.append(separator).append(value.getKey()).append(" = ?");
            separator = ", ";
            String text = nullable.contains(value.getKey()) && value.getValue().isBlank() ? null : value.getValue();
            // untyped, so that PostgreSQL reads the text as the column's type (a date, a number, text)
            params.add(new org.springframework.jdbc.core.SqlParameterValue(java.sql.Types.OTHER, text));
        }
        sql.append(" where ").append(key).append(" = ?");
        params.add(id);
        jdbc.sql(sql.toString()).params(params).update();
    }
}
