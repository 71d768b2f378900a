package org.careerpath.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerpath.admin.EditableKind;
import org.careerpath.admin.VersionedRows;
import org.careerpath.guides.Guide;
import org.careerpath.guides.GuideCatalogue;
import org.careerpath.guides.GuideEntry;
import org.careerpath.guides.Role;
import org.careerpath.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Roles and their guides, section by section, as editors change them, each previewed in the real guide page:
 * a role's title and summary, a guide's opening (overview, a day in the work, last reviewed) and every entry
 * of every section. Addresses (slugs) never change.
 */
final class GuideTextKinds {

    private GuideTextKinds() {}

    /** A role's title and summary. */
    @Component
    static class RoleKind implements EditableKind<RoleEdit> {

        private static final List<String> COLUMNS = List.of("title", "summary");

        private final VersionedRows rows;
        private final GuideCatalogue guides;
        private final GuidePageController pages;
        private final JdbcClient jdbc;

        RoleKind(VersionedRows rows, GuideCatalogue guides, GuidePageController pages, JdbcClient jdbc) {
            this.rows = rows;
            this.guides = guides;
            this.pages = pages;
            this.jdbc = jdbc;
        }

        /** The levels a new role may sit at or be entered from: slug to name. */
        public Map<String, String> levelChoices() {
            Map<String, String> choices = new java.util.LinkedHashMap<>();
            guides.load().ladder().levels().forEach(l -> choices.put(l.slug(), l.name()));
            return choices;
        }

        @Override
        public Optional<RoleEdit> blank() {
            return Optional.of(new RoleEdit("neighbour", "", "", "", "", ""));
        }

        @Override
        public Map<String, String> check(long id, RoleEdit edit) {
            long sameTitle = jdbc.sql("select count(*) from role where lower(title) = lower(?) and id <> ?")
                    .params(edit.title(), id)
                    .query(Long.class)
                    .single();
            if (sameTitle > 0) {
                return Map.of("title", "Another role is already called that; titles must differ.");
            }
            if (id == 0 && edit.family().isBlank()) {
                return Map.of("family", "Choose whether it is on the ladder or a neighbouring job.");
            }
            if (id == 0 && !levelChoices().containsKey(edit.level())) {
                return Map.of("level", "Choose the level.");
            }
            return Map.of();
        }

        /** Stores a new role (its address from its title); its guide is written under Guides: overviews. */
        @Override
        public long create(RoleEdit edit) {
            org.careerpath.web.Refused.ifAny(check(0, edit));
            String slug = rows.freeSlug("role", edit.title(), "role", 70);
            boolean ladder = "ladder".equals(edit.family());
            return jdbc.sql("""
                            insert into role (slug, title, level_id, entry_level_id, family, summary, soc_code,
                                              soc_title, position)
                            select :slug, :title, case when :ladder then l.id end, case when :ladder then null else l.id end,
                                   :family, :summary, nullif(:soc, ''), nullif(:socTitle, ''),
                                   (select coalesce(max(position), 0) + 1 from role)
                              from career_level l where l.slug = :level
                            returning id
                            """)
                    .param("slug", slug)
                    .param("title", edit.title())
                    .param("ladder", ladder)
                    .param("family", edit.family())
                    .param("summary", edit.summary())
                    .param("soc", edit.socCode())
                    .param("socTitle", edit.socTitle())
                    .param("level", edit.level())
                    .query(Long.class)
                    .single();
        }

        /** A role with a guide or moves stays: readers and the moves diagram lead to it. */
        @Override
        public Optional<String> deleteRefusal(long id) {
            return rows.whileReferenced("""
                    select (select count(*) from role_guide where role_id = r.id)
                         + (select count(*) from role_move where from_role_id = r.id or to_role_id = r.id)
                      from (select cast(? as bigint) as id) r
                    """, id, "guides or career moves refer to it; delete those first.");
        }

        @Override
        public void delete(long id) {
            rows.delete("role", "id", id);
        }

        @Override
        public String type() {
            return "role";
        }

        @Override
        public String path() {
            return "roles";
        }

        @Override
        public String title() {
            return "Roles";
        }

        @Override
        public Class<RoleEdit> formType() {
            return RoleEdit.class;
        }

        @Override
        public String fieldsTemplate() {
            return "admin/role-fields";
        }

        @Override
        public List<Item> items() {
            return guides.load().roles().stream()
                    .map(r -> new Item(r.id(), r.title(), "/guides/" + r.slug(), r.group()))
                    .toList();
        }

        @Override
        public Optional<Current<RoleEdit>> current(long id) {
            return rows.read("role", id, COLUMNS).map(row -> new Current<>(id, row.stamp(), RoleEdit.of(row)));
        }

        @Override
        public RoleEdit normalised(RoleEdit typed) {
            return typed.trimmed();
        }

        @Override
        public String name(RoleEdit edit) {
            return edit.title();
        }

        @Override
        public void apply(long id, RoleEdit edit, String stamp) {
            if (!rows.write("role", id, edit.columns(), List.of(), stamp)) {
                throw new Conflict(current(id).orElseThrow());
            }
        }

        @Override
        public String preview(long id, RoleEdit edit, Model model) {
            if (id == 0) {
                org.careerpath.levels.Level level = guides.load()
                        .ladder()
                        .bySlug(edit.level())
                        .orElseThrow(() -> new NotFoundException("level " + edit.level()));
                boolean ladder = "ladder".equals(edit.family());
                Role role = new Role(
                        0,
                        "new-role",
                        edit.title(),
                        edit.family(),
                        edit.summary(),
                        edit.socCode().isBlank() ? null : edit.socCode(),
                        edit.socTitle().isBlank() ? null : edit.socTitle(),
                        ladder ? level : null,
                        ladder ? null : level);
                return pages.guidePage(
                        new Guide(
                                role, null, null, null, List.of(), List.of(), Map.of(), List.of(), List.of(), List.of(),
                                List.of(), List.of(), List.of(), List.of()),
                        model);
            }
            Guide guide = guideOf(guides, id);
            Role r = guide.role();
            Role renamed = new Role(
                    r.id(),
                    r.slug(),
                    edit.title(),
                    r.family(),
                    edit.summary(),
                    r.socCode(),
                    r.socTitle(),
                    r.level(),
                    r.entryLevel());
            return pages.guidePage(
                    guide.withText(renamed, guide.overview(), guide.dayInWork(), guide.lastReviewed()), model);
        }
    }

    /** A guide's opening: overview, a day in the work, when it was last reviewed. */
    @Component
    static class GuideKind implements EditableKind<GuideEdit> {

        private static final List<String> COLUMNS = List.of("overview", "day_in_work", "last_reviewed");

        private final VersionedRows rows;
        private final GuideCatalogue guides;
        private final GuidePageController pages;
        private final JdbcClient jdbc;

        GuideKind(VersionedRows rows, GuideCatalogue guides, GuidePageController pages, JdbcClient jdbc) {
            this.rows = rows;
            this.guides = guides;
            this.pages = pages;
            this.jdbc = jdbc;
        }

        /** The roles that have no guide yet, for the new form: slug to title. */
        public Map<String, String> roleChoices() {
            Map<String, String> choices = new java.util.LinkedHashMap<>();
            jdbc.sql("""
                            select slug, title from role r
                             where not exists (select 1 from role_guide g where g.role_id = r.id)
                             order by position
                            """)
                    .query((row, n) -> choices.put(row.getString("slug"), row.getString("title")))
                    .list();
            return choices;
        }

        @Override
        public Optional<GuideEdit> blank() {
            return Optional.of(
                    new GuideEdit("", "", "", java.time.LocalDate.now().toString()));
        }

        @Override
        public Map<String, String> check(long id, GuideEdit edit) {
            return id == 0 && !roleChoices().containsKey(edit.role())
                    ? Map.of("role", "Choose a role that has no guide yet.")
                    : Map.of();
        }

        @Override
        public long create(GuideEdit edit) {
            org.careerpath.web.Refused.ifAny(check(0, edit));
            return jdbc.sql("""
                            insert into role_guide (role_id, overview, day_in_work, last_reviewed)
                            select id, ?, ?, cast(? as date) from role where slug = ?
                            returning role_id
                            """)
                    .params(edit.overview(), edit.dayInWork(), edit.lastReviewed(), edit.role())
                    .query(Long.class)
                    .single();
        }

        /** A guide with entries stays: delete its entries first. */
        @Override
        public Optional<String> deleteRefusal(long id) {
            return rows.whileReferenced(
                    "select count(*) from guide_entry where role_id = ?",
                    id,
                    "entries belong to its sections; delete them first.");
        }

        @Override
        public void delete(long id) {
            rows.delete("role_guide", "role_id", id);
        }

        @Override
        public String type() {
            return "guide";
        }

        @Override
        public String path() {
            return "guides";
        }

        @Override
        public String title() {
            return "Guides: overviews";
        }

        @Override
        public Class<GuideEdit> formType() {
            return GuideEdit.class;
        }

        @Override
        public String fieldsTemplate() {
            return "admin/guide-fields";
        }

        @Override
        public List<Item> items() {
            List<Item> items = new ArrayList<>();
            for (Role r : guides.load().roles()) {
                guides.guide(r.slug())
                        .filter(Guide::written)
                        .ifPresent(g -> items.add(new Item(
                                r.id(), r.title() + " guide", "/guides/" + r.slug(), "reviewed " + g.lastReviewed())));
            }
            return items;
        }

        @Override
        public Optional<Current<GuideEdit>> current(long id) {
            return rows.read("role_guide", "role_id", id, COLUMNS)
                    .map(row -> new Current<>(id, row.stamp(), GuideEdit.of(row)));
        }

        @Override
        public GuideEdit normalised(GuideEdit typed) {
            return typed.trimmed();
        }

        @Override
        public String name(GuideEdit edit) {
            return "Guide overview";
        }

        @Override
        public Map<String, String> ruleFields() {
            return GuideEdit.RULE_FIELDS;
        }

        @Override
        public void apply(long id, GuideEdit edit, String stamp) {
            if (!rows.write("role_guide", "role_id", id, edit.columns(), List.of(), stamp)) {
                throw new Conflict(current(id).orElseThrow());
            }
        }

        @Override
        public String preview(long id, GuideEdit edit, Model model) {
            long roleId = id != 0
                    ? id
                    : guides.load()
                            .bySlug(edit.role())
                            .orElseThrow(() -> new NotFoundException("role " + edit.role()))
                            .id();
            Guide guide = guideOf(guides, roleId);
            return pages.guidePage(
                    guide.withText(guide.role(), edit.overview(), edit.dayInWork(), edit.reviewedOn()), model);
        }
    }

    /** One entry of one section of a guide (a responsibility, a tool, a question, a challenge, an answer). */
    @Component
    static class GuideEntryKind implements EditableKind<GuideEntryEdit> {

        private static final List<String> COLUMNS =
                List.of("heading", "body", "detail", "category", "section", "role_id");

        /** What the table's shape rule asks of each section, said next to the heading. */
        private static final String SHAPE = "Tools and skills need a heading, tools a group (Category), interview"
                + " questions their kind (ml-system-design, technical-deep-dive, leadership-behaviour or coding),"
                + " challenges a heading and a detail, questions people ask the question as heading.";

        private final VersionedRows rows;
        private final GuideCatalogue guides;
        private final GuidePageController pages;
        private final JdbcClient jdbc;

        GuideEntryKind(VersionedRows rows, GuideCatalogue guides, GuidePageController pages, JdbcClient jdbc) {
            this.rows = rows;
            this.guides = guides;
            this.pages = pages;
            this.jdbc = jdbc;
        }

        @Override
        public String type() {
            return "guide-entry";
        }

        @Override
        public String path() {
            return "guide-entries";
        }

        @Override
        public String title() {
            return "Guides: section entries";
        }

        @Override
        public Class<GuideEntryEdit> formType() {
            return GuideEntryEdit.class;
        }

        @Override
        public String fieldsTemplate() {
            return "admin/guide-entry-fields";
        }

        /** The guides an entry may be added to, for the new form: role slug to title. */
        public Map<String, String> guideChoices() {
            Map<String, String> choices = new java.util.LinkedHashMap<>();
            for (Role r : guides.load().roles()) {
                guides.guide(r.slug()).filter(Guide::written).ifPresent(g -> choices.put(r.slug(), r.title()));
            }
            return choices;
        }

        public Map<String, String> sectionChoices() {
            return GuideEntryEdit.SECTIONS;
        }

        @Override
        public List<Item> items() {
            record Row(long id, String title, String slug, String section, String heading, String body) {}
            return jdbc.sql("""
                            select e.id, r.title, r.slug, e.section, coalesce(e.heading, '') as heading, e.body
                              from guide_entry e join role r on r.id = e.role_id
                             order by r.position, e.section, e.position
                            """).query(Row.class).list().stream()
                    .map(r -> new Item(
                            r.id(),
                            r.title() + " · " + r.section() + " · "
                                    + shorten(r.heading().isEmpty() ? r.body() : r.heading()),
                            "/guides/" + r.slug(),
                            r.section()))
                    .toList();
        }

        private static String shorten(String text) {
            return text.length() > 60 ? text.substring(0, 60) + "…" : text;
        }

        @Override
        public Optional<Current<GuideEntryEdit>> current(long id) {
            return jdbc.sql("""
                            select e.xmin::text as stamp, r.slug, e.section, coalesce(e.category, '') as category,
                                   coalesce(e.heading, '') as heading, e.body, coalesce(e.detail, '') as detail
                              from guide_entry e join role r on r.id = e.role_id
                             where e.id = ?
                            """)
                    .param(id)
                    .query((row, n) -> new Current<>(
                            id,
                            row.getString("stamp"),
                            new GuideEntryEdit(
                                    row.getString("slug"),
                                    row.getString("section"),
                                    row.getString("category"),
                                    row.getString("heading"),
                                    row.getString("body"),
                                    row.getString("detail"))))
                    .optional();
        }

        @Override
        public Optional<GuideEntryEdit> blank() {
            return Optional.of(new GuideEntryEdit("", "responsibility", "", "", "", ""));
        }

        @Override
        public GuideEntryEdit normalised(GuideEntryEdit typed) {
            return typed.trimmed();
        }

        @Override
        public String name(GuideEntryEdit edit) {
            return edit.heading().isBlank() ? "Guide entry" : edit.heading();
        }

        /** The table's own rules, tried in a transaction that is always rolled back. */
        @Override
        public Map<String, String> check(long id, GuideEntryEdit edit) {
            if (id == 0 && !guideChoices().containsKey(edit.role())) {
                return Map.of("role", "Choose a guide that is written.");
            }
            Optional<String> refused = id == 0
                    ? rows.refusal(() -> insert(edit))
                    : rows.refusal("guide_entry", id, edit.columns(), List.of("heading", "detail"));
            return refused.map(constraint -> Map.of("heading", SHAPE)).orElse(Map.of());
        }

        private long insert(GuideEntryEdit edit) {
            return jdbc.sql("""
                            insert into guide_entry (role_id, section, category, heading, body, detail, position)
                            select r.id, :section, nullif(:category, ''), nullif(:heading, ''), :body,
                                   nullif(:detail, ''),
                                   (select coalesce(max(position), 0) + 1 from guide_entry
                                     where role_id = r.id and section = :section)
                              from role r where r.slug = :role
                            returning id
                            """)
                    .param("section", edit.section())
                    .param("category", edit.category())
                    .param("heading", edit.heading())
                    .param("body", edit.body())
                    .param("detail", edit.detail())
                    .param("role", edit.role())
                    .query(Long.class)
                    .single();
        }

        @Override
        public long create(GuideEntryEdit edit) {
            org.careerpath.web.Refused.ifAny(check(0, edit));
            return insert(edit);
        }

        @Override
        public void apply(long id, GuideEntryEdit edit, String stamp) {
            org.careerpath.web.Refused.ifAny(check(id, edit));
            if (!rows.write("guide_entry", id, edit.columns(), List.of("heading", "detail"), stamp)) {
                throw new Conflict(current(id).orElseThrow());
            }
        }

        @Override
        public Optional<String> deleteRefusal(long id) {
            return Optional.empty();
        }

        @Override
        public void delete(long id) {
            rows.delete("guide_entry", "id", id);
        }

        @Override
        public String preview(long id, GuideEntryEdit edit, Model model) {
            if (id == 0) {
                Role role = guides.load()
                        .bySlug(edit.role())
                        .orElseThrow(() -> new NotFoundException("guide " + edit.role()));
                Guide guide = guideOf(guides, role.id());
                GuideEntry added = edit.entry(edit.category().isBlank() ? null : edit.category());
                return pages.guidePage(guide.adding(edit.section(), added), model);
            }
            VersionedRows.Row row =
                    rows.read("guide_entry", id, COLUMNS).orElseThrow(() -> new NotFoundException("guide entry " + id));
            String category = row.get("category").isEmpty() ? null : row.get("category");
            GuideEntry before = new GuideEntry(
                    category,
                    row.get("heading").isEmpty() ? null : row.get("heading"),
                    row.get("body"),
                    row.get("detail").isEmpty() ? null : row.get("detail"));
            Guide guide = guideOf(guides, Long.parseLong(row.get("role_id")));
            return pages.guidePage(guide.replacing(before, edit.entry(category)), model);
        }
    }

    static Guide guideOf(GuideCatalogue guides, long roleId) {
        Role role = guides.load().roles().stream()
                .filter(r -> r.id() == roleId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("role " + roleId));
        return guides.guide(role.slug()).orElseThrow(() -> new NotFoundException("guide " + role.slug()));
    }
}
