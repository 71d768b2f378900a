package org.careerpath.skills;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerpath.skills.SkillViews.Category;
import org.careerpath.skills.SkillViews.CategoryExpectations;
import org.careerpath.skills.SkillViews.Descriptor;
import org.careerpath.skills.SkillViews.Expectation;
import org.careerpath.skills.SkillViews.Proficiency;
import org.careerpath.skills.SkillViews.Skill;
import org.careerpath.skills.SkillViews.SkillDetail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Skills, their categories, and what every level expects of them. Each method is one query: pages
 * never load skills one by one.
 */
@Service
@Transactional(readOnly = true)
public class SkillService {

    private static final String SKILL_COLUMNS = """
            s.id, s.slug, s.name, c.slug as category_slug, c.name as category_name,
            s.description, s.why_it_matters, s.growth_advice
            """;

    private static final String EXPECTATION_QUERY = """
            select l.id as level_id, l.slug as level_slug, l.name as level_name, l.short_name as level_short_name,
                   t.slug as track_slug, l.rank_in_track,
                   s.id as skill_id, s.slug as skill_slug, s.name as skill_name,
                   c.slug as category_slug, c.name as category_name,
                   e.proficiency, p.name as proficiency_name, coalesce(d.description, p.description) as descriptor
            from skill_expectation e
            join career_level l on l.id = e.level_id
            join career_track t on t.id = l.track_id
            join skill s on s.id = e.skill_id
            join skill_category c on c.id = s.category_id
            join proficiency p on p.value = e.proficiency
            left join skill_descriptor d on d.skill_id = s.id and d.proficiency = e.proficiency
            """;

    private final JdbcClient jdbc;

    SkillService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Proficiency> scale() {
        return jdbc.sql("select value, name, description from proficiency order by value")
                .query(Proficiency.class)
                .list();
    }

    /** Every category in order with its skills in order. */
    public List<Category> catalogue() {
        List<Skill> skills =
                jdbc.sql("select " + SKILL_COLUMNS + """
                        from skill s join skill_category c on c.id = s.category_id
                        order by c.position, s.position
                        """).query(Skill.class).list();
        Map<String, List<Skill>> bySlug = new LinkedHashMap<>();
        skills.forEach(skill -> bySlug.computeIfAbsent(skill.categorySlug(), k -> new ArrayList<>())
                .add(skill));
        record Row(String slug, String name, String description, boolean pillar) {}
        return jdbc
                .sql("select slug, name, description, pillar from skill_category order by position")
                .query(Row.class)
                .list()
                .stream()
                .map(c -> new Category(
                        c.slug(), c.name(), c.description(), c.pillar(), bySlug.getOrDefault(c.slug(), List.of())))
                .toList();
    }

    public Optional<SkillDetail> skill(String slug) {
        return jdbc.sql("select " + SKILL_COLUMNS
                        + " from skill s join skill_category c on c.id = s.category_id where s.slug = ?")
                .param(slug)
                .query(Skill.class)
                .optional()
                .map(skill -> new SkillDetail(
                        skill,
                        jdbc.sql("""
                                        select d.proficiency, p.name as proficiency_name, d.description
                                        from skill_descriptor d join proficiency p on p.value = d.proficiency
                                        where d.skill_id = ? order by d.proficiency
                                        """).param(skill.id()).query(Descriptor.class).list()));
    }

    /** What each proficiency looks like, for every skill: skill slug to descriptors 1-4, one query. */
    public Map<String, List<Descriptor>> descriptors() {
        record Row(String slug, int proficiency, String proficiencyName, String description) {}
        Map<String, List<Descriptor>> bySkill = new LinkedHashMap<>();
        jdbc.sql("""
                        select s.slug, d.proficiency, p.name as proficiency_name, d.description
                        from skill_descriptor d join skill s on s.id = d.skill_id join proficiency p on p.value = d.proficiency
                        order by s.id, d.proficiency
                        """)
                .query(Row.class)
                .list()
                .forEach(r -> bySkill.computeIfAbsent(r.slug(), k -> new ArrayList<>())
                        .add(new Descriptor(r.proficiency(), r.proficiencyName(), r.description())));
        return bySkill;
    }

    /** One skill at every level: the individual-contributor track first, each track in rank order. */
    public List<Expectation> expectationsOfSkill(long skillId) {
        return jdbc.sql(EXPECTATION_QUERY + " where s.id = ? order by t.position, l.rank_in_track")
                .param(skillId)
                .query(Expectation.class)
                .list();
    }

    /** Every skill at one level, grouped by category in catalogue order. */
    public List<CategoryExpectations> expectationsAtLevel(long levelId) {
        return group(jdbc.sql(EXPECTATION_QUERY + " where l.id = ? order by c.position, s.position")
                .param(levelId)
                .query(Expectation.class)
                .list());
    }

    /** The whole matrix: every skill at every level, in catalogue order then ladder order. */
    public List<Expectation> matrix() {
        return jdbc.sql(EXPECTATION_QUERY + " order by c.position, s.position, t.position, l.rank_in_track")
                .query(Expectation.class)
                .list();
    }

    /**
     * Every skill with its expectation at two levels, in catalogue order. One query: the matrix joined to
     * itself.
     */
    public List<ComparisonRow> compare(long fromLevelId, long toLevelId) {
        return jdbc.sql("""
                        select s.slug as skill_slug, s.name as skill_name, c.slug as category_slug,
                               c.name as category_name, a.proficiency as from_proficiency,
                               pa.name as from_name, b.proficiency as to_proficiency, pb.name as to_name,
                               coalesce(d.description, pb.description) as to_descriptor
                        from skill s
                        join skill_category c on c.id = s.category_id
                        join skill_expectation a on a.skill_id = s.id and a.level_id = ?
                        join skill_expectation b on b.skill_id = s.id and b.level_id = ?
                        join proficiency pa on pa.value = a.proficiency
                        join proficiency pb on pb.value = b.proficiency
                        left join skill_descriptor d on d.skill_id = s.id and d.proficiency = b.proficiency
                        order by c.position, s.position
                        """)
                .param(fromLevelId)
                .param(toLevelId)
                .query(ComparisonRow.class)
                .list();
    }

    /** One skill at two levels. */
    public record ComparisonRow(
            String skillSlug,
            String skillName,
            String categorySlug,
            String categoryName,
            int fromProficiency,
            String fromName,
            int toProficiency,
            String toName,
            String toDescriptor) {

        public int change() {
            return toProficiency - fromProficiency;
        }

        public boolean rises() {
            return change() > 0;
        }

        public boolean falls() {
            return change() < 0;
        }
    }

    /** How many skills of a category rise, fall or stay between two levels. */
    public record CategoryChanges(String slug, String name, int rising, int falling, int unchanged) {}

    public static List<CategoryChanges> changesByCategory(List<ComparisonRow> rows) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (ComparisonRow row : rows) {
            int[] c = counts.computeIfAbsent(row.categorySlug(), k -> new int[3]);
            c[row.rises() ? 0 : row.falls() ? 1 : 2]++;
            names.putIfAbsent(row.categorySlug(), row.categoryName());
        }
        return counts.entrySet().stream()
                .map(e -> new CategoryChanges(
                        e.getKey(), names.get(e.getKey()), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .toList();
    }

    static List<CategoryExpectations> group(List<Expectation> expectations) {
        Map<String, List<Expectation>> byCategory = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Expectation e : expectations) {
            byCategory.computeIfAbsent(e.categorySlug(), k -> new ArrayList<>()).add(e);
            names.putIfAbsent(e.categorySlug(), e.categoryName());
        }
        return byCategory.entrySet().stream()
                .map(e -> new CategoryExpectations(e.getKey(), names.get(e.getKey()), List.copyOf(e.getValue())))
                .toList();
    }
}
