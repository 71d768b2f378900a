package org.careerpath.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careerpath.support.WebClient.location;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.careerpath.skills.SkillCatalogue;
import org.careerpath.support.Editors;
import org.careerpath.support.PortalIntegrationTest;
import org.careerpath.support.WebClient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Editors grow the career model: a level on top of a track, a new track with its first level, an impact
 * dimension with a scale of its own. Each new level expects more than the level below on what the editor
 * ticks and no more than the model's shape allows (a third of the dimensions from Senior up); an edit of a
 * statement that would leave a level indistinguishable from the one below is refused.
 */
@PortalIntegrationTest
class LadderGrowthTests {

    private static final String LEVEL = "Distinguished Test Engineer";
    private static final String TRACK = "Test research track";
    private static final String DIMENSION = "Test open-source stewardship";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Editors editors;

    @Autowired
    SkillCatalogue skills;

    @AfterEach
    void removeWhatATestLeft() {
        jdbc.sql("delete from content_draft where status = 'draft' and payload::text like '%Test %'")
                .update();
        jdbc.sql("delete from career_level where name like '%Test%'").update();
        jdbc.sql("delete from career_track where name like 'Test %'").update();
        jdbc.sql("delete from skill where name like 'Test %'").update();
        editors.bumpContentVersion();
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    /** Active dimensions a level expects less than the top of the scale of, in catalogue order. */
    private List<String> raisableAbove(String levelSlug) {
        return jdbc.sql("""
                        select s.slug from skill_expectation e join skill s on s.id = e.skill_id
                        join career_level l on l.id = e.level_id
                        where l.slug = ? and s.retired_at is null and e.proficiency < s.max_step
                        order by s.position
                        """).param(levelSlug).query(String.class).list();
    }

    private Map<String, String> newLevel(WebClient editor, String track, String name) {
        Map<String, String> fields = editor.formFields("/admin/levels/new", "form[action$=/edit]");
        fields.putAll(Map.of(
                "track", track,
                "name", name,
                "shortName", name.replace(" Test Engineer", "").replace("Test ", ""),
                "commonName", "Distinguished",
                "focus", "Industry-wide technical leadership",
                "scopeOfImpact", "The company's whole ML practice and the field outside it.",
                "summary", "Sets technical direction that other companies follow.",
                "yearsMin", "15",
                "sfiaLevel", "7"));
        return fields;
    }

    @Test
    void aNewLevelGoesOnTopOfItsTrackRaisesWhatIsTickedAndShowsOnEveryPage() {
        String raised = raisableAbove("principal").get(0);
        String raisedName = jdbc.sql("select name from skill where slug = ?")
                .param(raised)
                .query(String.class)
                .single();
        WebClient editor = editors.signedIn(port, "EDITOR");
        assertThat(editor.get("/admin/levels").body()).contains("href=\"/admin/levels/new\"");
        HttpResponse<String> saved = editor.submit(
                "/admin/levels/new",
                "/admin/levels/0/edit",
                newLevel(editor, "individual-contributor", LEVEL),
                Map.of("raised", List.of(raised)));
        String draft = location(saved);
        assertThat(draft).matches(".*/admin/levels/drafts/\\d+");
        var preview = Jsoup.parse(editor.get(draft + "/preview").body());
        assertThat(preview.select("h1").text()).contains(LEVEL);
        assertThat(preview.text()).contains(raisedName);

        WebClient visitor = new WebClient(port);
        assertThat(visitor.get("/ladder").body()).doesNotContain(LEVEL);
        editors.publish(port, draft);

        String slug = "distinguished-test-engineer";
        long id = count("select id from career_level where slug = ?", slug);
        long principal = count("select id from career_level where slug = 'principal'");
        assertThat(count("select rank_in_track from career_level where id = ?", id))
                .isEqualTo(count("select rank_in_track from career_level where id = ?", principal) + 1);
        assertThat(count(
                        "select count(*) from skill_expectation a join skill_expectation b on b.skill_id = a.skill_id"
                                + " where a.level_id = ? and b.level_id = ? and b.proficiency > a.proficiency",
                        principal,
                        id))
                .as("raises exactly the ticked dimension")
                .isEqualTo(1);
        assertThat(count("select count(*) from skill_expectation where level_id = ?", id))
                .isEqualTo(count("select count(*) from skill_expectation where level_id = ?", principal));
        assertThat(skills.load().shapeProblems()).isEmpty();

        assertThat(visitor.get("/ladder").body()).contains(LEVEL);
        assertThat(Jsoup.parse(visitor.get("/levels/" + slug).body()).text())
                .contains(LEVEL)
                .contains(raisedName);
        assertThat(visitor.get("/levels/compare?from=principal&to=" + slug).statusCode())
                .isEqualTo(200);
        assertThat(visitor.get("/skills/matrix").body()).contains("Distinguished");
        assertThat(visitor.get("/assessment").body()).contains(LEVEL);
        assertThat(visitor.get("/api/v1/levels/" + slug).statusCode()).isEqualTo(200);
        for (String page :
                List.of("/", "/salaries", "/skills/" + raised, "/api/v1/matrix", "/search?q=distinguished")) {
            assertThat(visitor.get(page).statusCode()).as(page).isEqualTo(200);
        }

        // lowering its one raised dimension to what Principal expects would make the two indistinguishable
        long dimension = count("select id from skill where slug = ?", raised);
        String statement = "/admin/statements/" + (id * 1_000_000L + dimension) + "/edit";
        Map<String, String> fields = editor.formFields(statement, "form[action$=/edit]");
        fields.put(
                "step",
                Long.toString(count(
                        "select proficiency from skill_expectation where level_id = ? and skill_id = ?",
                        principal,
                        dimension)));
        HttpResponse<String> refused = editor.submit(statement, statement, fields);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(refused.body()).select("#step-error").text())
                .contains("would raise no dimension")
                .contains("cannot tell them apart");

        // the level below cannot go while this one sits above it; this one can, nothing refers to it
        WebClient admin = editors.signedIn(port, "ADMIN");
        assertThat(Jsoup.parse(admin.get("/admin/levels/" + principal + "/delete")
                                .body())
                        .select("#delete-refused")
                        .text())
                .contains("a level sits above it");
        String delete = "/admin/levels/" + id + "/delete";
        assertThat(location(admin.submit(delete, delete, Map.of()))).endsWith("/admin/levels");
        assertThat(visitor.get("/levels/" + slug).statusCode()).isEqualTo(404);
        assertThat(count("select count(*) from skill_expectation where level_id = ?", id))
                .isZero();
    }

    @Test
    void aNewLevelThatRaisesNothingOrTooMuchIsRefusedNextToTheFieldAndNothingIsStored() {
        WebClient editor = editors.signedIn(port, "EDITOR");
        long drafts = count("select count(*) from content_draft");
        HttpResponse<String> nothing = editor.submit(
                "/admin/levels/new", "/admin/levels/0/edit", newLevel(editor, "manager", LEVEL), Map.of());
        assertThat(nothing.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(nothing.body()).select("#raised-error").text())
                .contains("Choose what the level expects more of than Director");

        List<String> many = raisableAbove("director-of-ml");
        long dimensions = count("select count(*) from skill where retired_at is null");
        assertThat((long) many.size()).isGreaterThan(dimensions / 3);
        HttpResponse<String> tooMuch = editor.submit(
                "/admin/levels/new",
                "/admin/levels/0/edit",
                newLevel(editor, "manager", LEVEL),
                Map.of("raised", many.subList(0, (int) (dimensions / 3) + 1)));
        var page = Jsoup.parse(tooMuch.body());
        assertThat(page.select("#raised-error").text())
                .contains("would raise " + (dimensions / 3 + 1) + " of the " + dimensions)
                .contains("at most a third");
        assertThat(page.select("input[name=raised][checked]")).hasSize((int) (dimensions / 3) + 1);
        assertThat(page.select("#name").val()).as("nothing typed is lost").isEqualTo(LEVEL);
        assertThat(count("select count(*) from content_draft")).isEqualTo(drafts);
        assertThat(count("select count(*) from career_level where name = ?", LEVEL))
                .isZero();
    }

    @Test
    void aNewTrackShowsOnTheLadderOnceItHasItsFirstLevel() {
        String track = editors.draft(
                port,
                "/admin/tracks/new",
                Map.of(
                        "branchesFrom", "senior",
                        "name", TRACK,
                        "description", "For engineers who move towards research: papers, benchmarks, new methods."));
        editors.publish(port, track);
        WebClient visitor = new WebClient(port);
        assertThat(visitor.get("/ladder").body()).doesNotContain(TRACK);
        WebClient editor = editors.signedIn(port, "EDITOR");
        assertThat(editor.get("/admin/tracks").body()).contains(TRACK).contains("no level yet");

        String trackSlug = jdbc.sql("select slug from career_track where name = ?")
                .param(TRACK)
                .query(String.class)
                .single();
        List<String> raised = raisableAbove("senior").subList(0, 2);
        String level = location(editor.submit(
                "/admin/levels/new",
                "/admin/levels/0/edit",
                newLevel(editor, trackSlug, "Test Research Engineer"),
                Map.of("raised", raised)));
        assertThat(level).matches(".*/admin/levels/drafts/\\d+");
        editors.publish(port, level);

        assertThat(visitor.get("/ladder").body()).contains(TRACK).contains("Test Research Engineer");
        assertThat(count("select count(*) from skill_expectation a join skill_expectation b on b.skill_id = a.skill_id"
                        + " join career_level la on la.id = a.level_id join career_level lb on lb.id = b.level_id"
                        + " where la.slug = 'senior' and lb.name = 'Test Research Engineer'"
                        + " and b.proficiency > a.proficiency"))
                .isEqualTo(2);
        assertThat(skills.load().shapeProblems()).isEmpty();

        WebClient admin = editors.signedIn(port, "ADMIN");
        long trackId = count("select id from career_track where slug = ?", trackSlug);
        assertThat(Jsoup.parse(admin.get("/admin/tracks/" + trackId + "/delete").body())
                        .select("#delete-refused")
                        .text())
                .contains("levels belong to it");
        long levelId = count("select id from career_level where name = 'Test Research Engineer'");
        String deleteLevel = "/admin/levels/" + levelId + "/delete";
        assertThat(location(admin.submit(deleteLevel, deleteLevel, Map.of()))).endsWith("/admin/levels");
        String deleteTrack = "/admin/tracks/" + trackId + "/delete";
        assertThat(location(admin.submit(deleteTrack, deleteTrack, Map.of()))).endsWith("/admin/tracks");
        assertThat(count("select count(*) from career_track where id = ?", trackId))
                .isZero();
    }

    @Test
    void aNewImpactDimensionHasAScaleOfItsOwnAndIsAskedAboutInTheAssessment() {
        WebClient editor = editors.signedIn(port, "EDITOR");
        Map<String, String> fields = editor.formFields("/admin/dimensions/new", "form[action$=/edit]");
        fields.putAll(Map.of(
                "category", "impact",
                "name", DIMENSION,
                "description", "Looking after the open-source projects the company's ML work depends on.",
                "whyItMatters", "Much of ML runs on open source; someone has to keep it healthy.",
                "scale", "Uses: Uses open-source libraries.\nReports: Files good issues."));
        HttpResponse<String> short_ = editor.submit("/admin/dimensions/new", "/admin/dimensions/0/edit", fields);
        assertThat(Jsoup.parse(short_.body()).select("#scale-error").text()).contains("six lines");

        Map<String, String> steps = new HashMap<>(fields);
        steps.put(
                "scale",
                String.join(
                        "\n",
                        "Uses: Uses open-source libraries and reads their documentation.",
                        "Reports: Files clear issues with a way to reproduce them.",
                        "Contributes: Contributes fixes upstream instead of patching locally.",
                        "Maintains: Maintains a library others in the company depend on.",
                        "Leads a project: Leads an open-source project with outside contributors.",
                        "Shapes the ecosystem: Shapes the open-source ecosystem the field uses."));
        String draft = location(editor.submit("/admin/dimensions/new", "/admin/dimensions/0/edit", steps));
        assertThat(draft).matches(".*/admin/dimensions/drafts/\\d+");
        editors.publish(port, draft);

        String slug = jdbc.sql("select slug from skill where name = ?")
                .param(DIMENSION)
                .query(String.class)
                .single();
        assertThat(jdbc.sql("select kind || ' ' || max_step from skill where slug = ?")
                        .param(slug)
                        .query(String.class)
                        .single())
                .isEqualTo("impact 5");
        assertThat(jdbc.sql("select d.name from skill_descriptor d join skill s on s.id = d.skill_id"
                                + " where s.slug = ? order by d.proficiency")
                        .param(slug)
                        .query(String.class)
                        .list())
                .containsExactly(
                        "Uses", "Reports", "Contributes", "Maintains", "Leads a project", "Shapes the ecosystem");
        WebClient visitor = new WebClient(port);
        assertThat(Jsoup.parse(visitor.get("/skills/" + slug).body()).text())
                .contains(DIMENSION)
                .contains("Shapes the ecosystem");
        assertThat(visitor.get("/assessment").body()).contains("rating-" + slug);
        assertThat(skills.load().shapeProblems()).isEmpty();

        // its steps have no advice yet; the new-advice form offers exactly those steps
        long id = count("select id from skill where slug = ?", slug);
        var adviceForm = Jsoup.parse(editor.get("/admin/advice/new").body());
        assertThat(adviceForm.select("#place option").eachAttr("value"))
                .containsExactly(id + "-1", id + "-2", id + "-3", id + "-4", id + "-5");
        String advice = editors.draft(
                port,
                "/admin/advice/new",
                Map.of(
                        "place", id + "-1",
                        "work", "File an issue upstream for a bug you met, with a small script that reproduces it.",
                        "artefact", "The issue and its reproduction script.",
                        "evidence", "Maintainers could reproduce the bug from the issue alone."));
        editors.publish(port, advice);
        assertThat(Jsoup.parse(visitor.get("/skills/" + slug).body()).text())
                .contains("File an issue upstream for a bug you met");
        assertThat(Jsoup.parse(editor.get("/admin/advice/new").body())
                        .select("#place option")
                        .eachAttr("value"))
                .doesNotContain(id + "-1");
    }

    @Test
    void aRetiredCategoryLeavesTheSkillsPagesAndNewAssessmentsAndComesBack() {
        long id = count("select id from skill_category where slug = 'data-engineering'");
        String skill = jdbc.sql("select s.slug from skill s where s.category_id = ? and s.retired_at is null"
                        + " order by s.position limit 1")
                .param(id)
                .query(String.class)
                .single();
        WebClient visitor = new WebClient(port);
        assertThat(visitor.get("/assessment").body()).contains("rating-" + skill);
        String edit = "/admin/categories/" + id + "/edit";
        try {
            editors.publish(port, editors.draft(port, edit, Map.of("retiredOn", "2026-11-01")));
            assertThat(visitor.get("/assessment").body()).doesNotContain("rating-" + skill);
            assertThat(visitor.get("/skills").body()).doesNotContain("/skills/" + skill + "\"");
            assertThat(skills.load().shapeProblems()).isEmpty();
            editors.publish(port, editors.draft(port, edit, Map.of("retiredOn", "")));
            assertThat(visitor.get("/assessment").body()).contains("rating-" + skill);
        } finally {
            jdbc.sql("update skill_category set retired_at = null where id = ?")
                    .param(id)
                    .update();
            editors.bumpContentVersion();
        }
    }
}
