package org.careerpath.sources;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerpath.admin.EditableKind;
import org.careerpath.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Sources as the editors change them (see {@link EditableKind}): the citation of each and the note on how
 * the portal uses it. Writes are guarded by the row's {@code xmin}, like every edit, and also count up the
 * row's JPA version.
 */
@Component
class SourceKind implements EditableKind<SourceEdit> {

    static final String TYPE = "source";

    private final SourceCatalogue catalogue;
    private final JdbcClient jdbc;
    private final org.careerpath.admin.VersionedRows rows;

    SourceKind(SourceCatalogue catalogue, JdbcClient jdbc, org.careerpath.admin.VersionedRows rows) {
        this.catalogue = catalogue;
        this.jdbc = jdbc;
        this.rows = rows;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String path() {
        return "sources";
    }

    @Override
    public String title() {
        return "Sources";
    }

    @Override
    public Class<SourceEdit> formType() {
        return SourceEdit.class;
    }

    @Override
    public String fieldsTemplate() {
        return "admin/source-fields";
    }

    @Override
    public List<Item> items() {
        return catalogue.load().all().stream()
                .map(s -> new Item(s.id(), s.publisher() + ": " + s.title(), "/sources#" + s.slug(), s.yearText()))
                .toList();
    }

    @Override
    public Optional<Current<SourceEdit>> current(long id) {
        return jdbc.sql("select xmin::text from source where id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .flatMap(stamp -> published(id).map(s -> new Current<>(id, stamp, SourceEdit.of(s))));
    }

    /** Read straight from the table: the catalogue may be a content version behind inside a publish. */
    private Optional<Source> published(long id) {
        return jdbc.sql("""
                        select id, slug, publisher, author, title, year, date_read, url, kind, method_note, position
                          from source where id = ?
                        """).param(id).query(Source.class).optional();
    }

    @Override
    public SourceEdit normalised(SourceEdit typed) {
        return typed.trimmed();
    }

    @Override
    public String name(SourceEdit edit) {
        return edit.title();
    }

    @Override
    public Map<String, String> ruleFields() {
        return SourceEdit.RULE_FIELDS;
    }

    @Override
    public void apply(long id, SourceEdit edit, String stamp) {
        String now = jdbc.sql("select xmin::text from source where id = ? for update")
                .param(id)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new org.careerpath.web.Refused("id", "This source no longer exists."));
        if (!now.equals(stamp)) {
            throw new Conflict(current(id).orElseThrow());
        }
        Source applied = edit.appliedTo(published(id).orElseThrow());
        jdbc.sql("""
                        update source set publisher = ?, author = ?, title = ?, year = ?, date_read = ?, url = ?,
                               kind = ?, method_note = ?, version = version + 1
                         where id = ?
                        """)
                .params(
                        applied.publisher(),
                        applied.author(),
                        applied.title(),
                        applied.year(),
                        applied.dateRead(),
                        applied.url(),
                        applied.kind(),
                        applied.methodNote(),
                        id)
                .update();
    }

    @Override
    public Optional<SourceEdit> blank() {
        return Optional.of(new SourceEdit("", "", "", "", "", "", "survey", ""));
    }

    /**
     * Stores a new source; its slug (its address on /sources, never changed afterwards) is made from the
     * publisher and year, numbered when another source has it.
     */
    @Override
    public long create(SourceEdit edit) {
        String slug = rows.freeSlug(
                "source", edit.publisher() + " " + (edit.year().isBlank() ? "undated" : edit.year()), "source", 50);
        Source s = edit.appliedTo(new Source(0, slug, "", null, "", null, null, null, "survey", "", 0));
        return jdbc.sql("""
                        insert into source (slug, publisher, author, title, year, date_read, url, kind, method_note,
                                            position)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, (select coalesce(max(position), 0) + 1 from source))
                        returning id
                        """)
                .params(
                        s.slug(),
                        s.publisher(),
                        s.author(),
                        s.title(),
                        s.year(),
                        s.dateRead(),
                        s.url(),
                        s.kind(),
                        s.methodNote())
                .query(Long.class)
                .single();
    }

    /** Sources cited by figures, facts or guides stay: readers follow those citations. */
    @Override
    public Optional<String> deleteRefusal(long id) {
        return rows.whileReferenced(
                """
                select (select count(*) from salary_band where source_id = s.id)
                     + (select count(*) from level_fact where source_id = s.id)
                     + (select count(*) from guide_source where source_id = s.id)
                     + (select count(*) from employment_projection where source_id = s.id)
                     + (select count(*) from salary_observation where source_id = s.id)
                     + (select count(*) from career_level
                         where key_skills_source_id = s.id or hands_on_source_id = s.id)
                  from (select cast(? as bigint) as id) s
                """, id, "figures, facts and guides cite it; readers follow those citations to it.");
    }

    @Override
    public void delete(long id) {
        rows.delete("source", "id", id);
    }

    @Override
    public String preview(long id, SourceEdit edit, Model model) {
        if (id == 0) {
            Source draft = edit.appliedTo(new Source(0, "new-source", "", null, "", null, null, null, "survey", "", 0));
            java.util.List<Source> all =
                    new java.util.ArrayList<>(catalogue.load().all());
            all.add(draft);
            model.addAttribute("sources", all);
            return "sources/index";
        }
        Source published = catalogue.load().byId(id).orElseThrow(() -> new NotFoundException("source " + id));
        Source applied = edit.appliedTo(published);
        model.addAttribute(
                "sources",
                catalogue.load().all().stream()
                        .map(s -> s.id() == id ? applied : s)
                        .toList());
        return "sources/index";
    }
}
