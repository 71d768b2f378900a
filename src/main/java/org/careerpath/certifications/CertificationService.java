package org.careerpath.certifications;

import java.util.List;
import java.util.Optional;
import org.careerpath.certifications.CertificationViews.Certification;
import org.careerpath.certifications.CertificationViews.CertificationDetail;
import org.careerpath.certifications.CertificationViews.Filter;
import org.careerpath.certifications.CertificationViews.Link;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class CertificationService {

    private static final String COLUMNS = """
            c.id, c.slug, c.name, c.code, c.provider, c.cost_usd_min, c.cost_usd_max, c.cost_note, c.exam_format,
            c.validity_months, c.validity_note, c.status, c.available_since, c.status_date, c.successor_name,
            c.url, c.summary
            """;

    /** Active first, then retiring, then retired; by name within each. */
    private static final String STATUS_ORDER =
            "case c.status when 'active' then 0 when 'retiring' then 1 else 2 end, c.name";

    private final JdbcClient jdbc;

    CertificationService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Certification> list(Filter filter) {
        String order = "cost".equals(filter.sort()) ? "c.cost_usd_min nulls last, c.name" : "c.name";
        return jdbc.sql("select " + COLUMNS + """
                         from certification c
                        where (cast(:provider as text) is null or c.provider = :provider)
                          and (cast(:status as text) is null or c.status = :status)
                          and (cast(:maxCost as numeric) is null or c.cost_usd_min <= :maxCost)
                        order by """ + " " + order)
                .param("provider", filter.provider())
                .param("status", filter.status())
                .param("maxCost", filter.maxCost())
                .query(Certification.class)
                .list();
    }

    public List<String> providers() {
        return jdbc.sql("select distinct provider from certification order by provider")
                .query(String.class)
                .list();
    }

    public Optional<CertificationDetail> detail(String slug) {
        return jdbc.sql("select " + COLUMNS + " from certification c where c.slug = ?")
                .param(slug)
                .query(Certification.class)
                .optional()
                .map(c -> new CertificationDetail(
                        c,
                        jdbc.sql("""
                                        select s.slug, s.name from certification_skill cs
                                        join skill s on s.id = cs.skill_id
                                        join skill_category k on k.id = s.category_id
                                        where cs.certification_id = ? order by k.position, s.position
                                        """).param(c.id()).query(Link.class).list(),
                        jdbc.sql("""
                                        select l.slug, l.name from certification_level cl
                                        join career_level l on l.id = cl.level_id
                                        join career_track t on t.id = l.track_id
                                        where cl.certification_id = ? order by t.position, l.rank_in_track
                                        """).param(c.id()).query(Link.class).list()));
    }

    /** Certifications covering a skill, active ones first. */
    public List<Certification> coveringSkill(long skillId) {
        return jdbc.sql("select " + COLUMNS + """
                         from certification c join certification_skill cs on cs.certification_id = c.id
                        where cs.skill_id = ? order by """ + " " + STATUS_ORDER)
                .param(skillId)
                .query(Certification.class)
                .list();
    }

    /** For each of several skills, the certifications covering it, active first: one query. */
    public java.util.Map<Long, List<Certification>> coveringSkills(java.util.Collection<Long> skillIds) {
        java.util.Map<Long, List<Certification>> bySkill = new java.util.HashMap<>();
        if (skillIds.isEmpty()) {
            return bySkill;
        }
        record Row(long skillId, long id) {}
        List<Certification> all = list(new Filter(null, null, null, "name"));
        java.util.Map<Long, Certification> byId = new java.util.HashMap<>();
        all.forEach(c -> byId.put(c.id(), c));
        jdbc.sql("""
                        select cs.skill_id, c.id from certification_skill cs join certification c on c.id = cs.certification_id
                        where cs.skill_id in (:skills) order by """ + " " + STATUS_ORDER)
                .param("skills", skillIds)
                .query(Row.class)
                .list()
                .forEach(row -> bySkill.computeIfAbsent(row.skillId(), k -> new java.util.ArrayList<>())
                        .add(byId.get(row.id())));
        return bySkill;
    }

    /** Certifications suited to a level, active ones first. */
    public List<Certification> suitedToLevel(long levelId) {
        return jdbc.sql("select " + COLUMNS + """
                         from certification c join certification_level cl on cl.certification_id = c.id
                        where cl.level_id = ? order by """ + " " + STATUS_ORDER)
                .param(levelId)
                .query(Certification.class)
                .list();
    }
}
