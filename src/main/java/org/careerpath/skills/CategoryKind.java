package org.careerpath.skills;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerpath.admin.EditableKind;
import org.careerpath.admin.VersionedRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Categories of skills and dimensions as editors change them, previewed in the real skills page. */
@Component
class CategoryKind implements EditableKind<CategoryEdit> {

    private static final List<String> COLUMNS = List.of("kind", "name", "description", "retired_at");

    private final VersionedRows rows;
    private final SkillCatalogue skills;
    private final SkillController pages;
    private final JdbcClient jdbc;

    CategoryKind(VersionedRows rows, SkillCatalogue skills, SkillController pages, JdbcClient jdbc) {
        this.rows = rows;
        this.skills = skills;
        this.pages = pages;
        this.jdbc = jdbc;
    }

    @Override
    public String type() {
        return "category";
    }

    @Override
    public String path() {
        return "categories";
    }

    @Override
    public String title() {
        return "Skill categories";
    }

    @Override
    public Class<CategoryEdit> formType() {
        return CategoryEdit.class;
    }

    @Override
    public String fieldsTemplate() {
        return "admin/category-fields";
    }

    @Override
    public List<Item> items() {
        return skills.load().allCategories().stream()
                .map(c -> new Item(
                        c.id(),
                        c.name(),
                        "/skills#" + c.slug(),
                        c.retired() ? "retired" : c.dimensions().size() + " dimensions"))
                .toList();
    }

    @Override
    public Optional<Current<CategoryEdit>> current(long id) {
        return rows.read("skill_category", id, COLUMNS)
                .map(row -> new Current<>(id, row.stamp(), CategoryEdit.of(row)));
    }

    @Override
    public Optional<CategoryEdit> blank() {
        return Optional.of(new CategoryEdit("technical", "", "", ""));
    }

    /** Stores a new category (its address from its name); it shows on the skills page once it has a skill. */
    @Override
    public long create(CategoryEdit edit) {
        org.careerpath.web.Refused.ifAny(check(0, edit));
        String slug = rows.freeSlug("skill_category", edit.name(), "category", 50);
        return jdbc.sql("""
                        insert into skill_category (slug, name, description, pillar, position, kind)
                        values (?, ?, ?, false, (select coalesce(max(position), 0) + 1 from skill_category), ?)
                        returning id
                        """)
                .params(slug, edit.name(), edit.description(), edit.kind().isBlank() ? "technical" : edit.kind())
                .query(Long.class)
                .single();
    }

    /** A category with skills in it stays: move or delete its skills first. */
    @Override
    public Optional<String> deleteRefusal(long id) {
        return rows.whileReferenced(
                "select count(*) from skill where category_id = ?",
                id,
                "skills or dimensions belong to it; delete or retire them first.");
    }

    @Override
    public void delete(long id) {
        rows.delete("skill_category", "id", id);
    }

    @Override
    public Map<String, String> ruleFields() {
        return CategoryEdit.RULE_FIELDS;
    }

    @Override
    public CategoryEdit normalised(CategoryEdit typed) {
        return typed.trimmed();
    }

    @Override
    public String name(CategoryEdit edit) {
        return edit.name();
    }

    @Override
    public Map<String, String> check(long id, CategoryEdit edit) {
        long same = jdbc.sql("select count(*) from skill_category where lower(name) = lower(?) and id <> ?")
                .params(edit.name(), id)
                .query(Long.class)
                .single();
        if (same > 0) {
            return Map.of("name", "Another category is already called that; names must differ.");
        }
        // retiring a category takes its dimensions out of the model, which may break its shape
        CareerModel published = skills.load();
        List<String> broken =
                new java.util.ArrayList<>(withEdit(published, id, edit).shapeProblems());
        broken.removeAll(published.shapeProblems());
        return broken.isEmpty() ? Map.of() : Map.of("retiredOn", String.join(" ", broken));
    }

    @Override
    public void apply(long id, CategoryEdit edit, String stamp) {
        org.careerpath.web.Refused.ifAny(check(id, edit));
        if (!rows.write("skill_category", id, edit.columnsWithoutKind(), List.of("retired_at"), stamp)) {
            throw new Conflict(current(id).orElseThrow());
        }
    }

    @Override
    public String preview(long id, CategoryEdit edit, Model model) {
        return pages.indexPage(withEdit(skills.load(), id, edit), model);
    }

    /** The published model with the category as edited (id 0: added). */
    private static CareerModel withEdit(CareerModel published, long id, CategoryEdit edit) {
        List<DimensionCategory> categories = published.allCategories().stream()
                .map(c -> c.id() == id
                        ? new DimensionCategory(
                                c.id(),
                                c.slug(),
                                edit.name(),
                                edit.description(),
                                c.pillar(),
                                c.kind(),
                                !edit.retiredOn().isEmpty(),
                                c.dimensions())
                        : c)
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        if (id == 0) {
            categories.add(new DimensionCategory(
                    0, "new-category", edit.name(), edit.description(), false, edit.kind(), false, List.of()));
        }
        return new CareerModel(
                published.ladder(),
                published.scale(),
                categories,
                published.steps(),
                published.advice(),
                published.expectations());
    }
}
