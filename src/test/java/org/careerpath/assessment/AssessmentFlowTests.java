package org.careerpath.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careerpath.support.Csrf.csrf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careerpath.support.Http;
import org.careerpath.support.Pages;
import org.careerpath.support.PortalIntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PortalIntegrationTest
class AssessmentFlowTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private List<String> skills;

    @BeforeEach
    void loadSkills() {
        skills = jdbc.sql("""
                        select s.slug from skill s join skill_category c on c.id = s.category_id
                        where s.retired_at is null order by c.position, s.position
                        """).query(String.class).list();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("assessment", "assessment_revision", "assessment_rating", "checklist_tick")) {
            counts.put(table, count(table));
        }
        return counts;
    }

    private int expected(String level, String skill) {
        return jdbc.sql("""
                        select e.proficiency from skill_expectation e join skill s on s.id = e.skill_id
                        join career_level l on l.id = e.level_id where l.slug = ? and s.slug = ?
                        """).param(level).param(skill).query(Integer.class).single();
    }

    /** A complete answer: every skill at the target's expectation, except the overrides. */
    private Map<String, String> answers(String target, Map<String, Integer> overrides) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("target", target);
        form.put("label", "before my promo review");
        form.put("years", "6.5");
        for (String skill : skills) {
            form.put("rating-" + skill, Integer.toString(overrides.getOrDefault(skill, expected(target, skill))));
        }
        return form;
    }

    private MvcTestResult post(String uri, Map<String, String> form) {
        var request = mvc.post().uri(uri).with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED);
        form.forEach(request::param);
        return request.exchange();
    }

    private String submit(Map<String, String> form) {
        MvcTestResult result = post("/assessment", form);
        assertThat(result).hasStatus(HttpStatus.FOUND);
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).matches("/assessment/[A-Za-z0-9_-]{43}");
        return location.substring("/assessment/".length());
    }

    @Test
    void formOffersEverySkillAsAKeyboardFriendlyRadioGroup() {
        Document form = Pages.page(mvc, "/assessment");
        assertThat(form.select("fieldset.rating")).hasSize(skills.size());
        for (var fieldset : form.select("fieldset.rating")) {
            String slug = fieldset.id().substring("field-rating-".length());
            int maxStep = jdbc.sql("select max_step from skill where slug = ?")
                    .param(slug)
                    .query(Integer.class)
                    .single();
            assertThat(fieldset.select("legend")).hasSize(1);
            // every step, and "not sure"
            assertThat(fieldset.select("input[type=radio]")).as(slug).hasSize(maxStep + 2);
            assertThat(fieldset.select("input[type=radio]").last().val()).isEqualTo("unsure");
            assertThat(fieldset.select("label.choice").last().text()).startsWith("Not sure");
        }
        assertThat(form.select("#field-rating-scope-of-work label.choice")
                        .first()
                        .text())
                .contains("0 · Tasks, with help");
        assertThat(form.select("#field-rating-python label.choice").first().text())
                .contains("0 · none");
        assertThat(form.selectFirst("#target option[selected]").attr("value")).isEqualTo("senior");
        assertThat(form.select("input[name=_csrf]")).hasSize(1);
        assertThat(form.select("input[type=email], input[name=name]")).isEmpty();
    }

    @Test
    void submittingStoresTheAssessmentAndRedirectsToItsPrivateLink() {
        Map<String, Long> before = counts();
        String token = submit(answers("senior", Map.of("python", 1)));

        Map<String, Long> after = counts();
        assertThat(after.get("assessment")).isEqualTo(before.get("assessment") + 1);
        assertThat(after.get("assessment_revision")).isEqualTo(before.get("assessment_revision") + 1);
        assertThat(after.get("assessment_rating")).isEqualTo(before.get("assessment_rating") + skills.size());
        record Stored(String label, java.math.BigDecimal yearsExperience, String slug, int rating) {}
        Stored stored = jdbc.sql("""
                        select r.label, r.years_experience, l.slug, ar.rating from assessment a
                        join assessment_revision r on r.assessment_id = a.id join career_level l on l.id = r.target_level_id
                        join assessment_rating ar on ar.revision_id = r.id join skill s on s.id = ar.skill_id
                        where a.owner_token_hash = sha256(convert_to(?, 'UTF8')) and s.slug = 'python'
                        """).param(token).query(Stored.class).single();
        assertThat(stored.label()).isEqualTo("before my promo review");
        assertThat(stored.yearsExperience()).isEqualByComparingTo("6.5");
        assertThat(stored.slug()).isEqualTo("senior");
        assertThat(stored.rating()).isEqualTo(1);
    }

    @Test
    void resultsEstimateEachTrackShowReadinessAndPutWhatDefinesTheTargetFirst() {
        // one step short on four dimensions, one of them (scope) defining Senior: the estimate is lower
        String token =
                submit(answers("senior", Map.of("python", 2, "sql", 2, "experiment-tracking", 2, "scope-of-work", 2)));
        Document page = Pages.page(mvc, "/assessment/" + token);

        assertThat(page.select("#level .estimate[data-track=individual-contributor]")
                        .text())
                .startsWith("As an individual contributor you match")
                .contains("Junior ML Engineer");
        assertThat(page.select("#level .estimate[data-track=manager]").text())
                .startsWith("On the management track you match")
                .contains("below ML Engineering Manager");
        assertThat(page.select("#level .rule").text())
                .contains("every defining dimension you rated")
                .contains("at least 80%")
                .contains("no more than one step below");
        assertThat(page.select("#gaps li.gap").eachAttr("data-dimension"))
                .containsExactly("scope-of-work", "experiment-tracking", "python", "sql");
        assertThat(page.select("#gaps li.gap").first().text())
                .contains("gap of 1", "expects 3 · A team's systems", "yours 2 · Features and models")
                .contains("Your next step, 2 → 3");
        assertThat(page.select("#focus li")).hasSize(3);
        assertThat(page.select("#focus li").first().select(".reason").text()).contains("Senior ML Engineer");
        assertThat(page.select("#readiness .overall").text())
                .contains("You meet " + (skills.size() - 4) + " of the " + skills.size());
        assertThat(page.select("#chart svg g"))
                .hasSize(page.select("#readiness tbody tr").size());
        assertThat(page.select("#checklist .checklist li")).hasSize(4);
        assertThat(page.select("#pay").text())
                .contains("At your target: Senior ML Engineer")
                .contains("aijobs.net survey, 2024");
    }

    @Test
    void someoneBelowTheFirstLevelIsToldSo() {
        Map<String, Integer> zeros = new LinkedHashMap<>();
        skills.forEach(s -> zeros.put(s, 0));
        String token = submit(answers("senior", zeros));
        assertThat(Pages.page(mvc, "/assessment/" + token)
                        .select("#level .estimate[data-track=individual-contributor]")
                        .text())
                .contains("below Junior ML Engineer");
    }

    @Test
    void everyKindOfBadInputStoresNothingAndSaysWhyNextToTheField() {
        record Case(String name, Map<String, String> form, String field, String message, HttpStatus status) {}
        Map<String, String> missing = answers("senior", Map.of());
        missing.remove("rating-python");
        Map<String, String> outOfRange = answers("senior", Map.of());
        outOfRange.put("rating-python", "7");
        Map<String, String> notANumber = answers("senior", Map.of());
        notANumber.put("rating-python", "expert");
        Map<String, String> unknownSkill = answers("senior", Map.of());
        unknownSkill.put("rating-telepathy", "4");
        Map<String, String> unknownLevel = answers("senior", Map.of());
        unknownLevel.put("target", "archmage");
        Map<String, String> longLabel = answers("senior", Map.of());
        longLabel.put("label", "x".repeat(3000));
        Map<String, String> badYears = answers("senior", Map.of());
        badYears.put("years", "ten");
        List<Case> cases = List.of(
                new Case(
                        "missing rating",
                        missing,
                        "#field-rating-python",
                        "Choose a rating for Python engineering",
                        HttpStatus.OK),
                new Case(
                        "out of range",
                        outOfRange,
                        "#field-rating-python",
                        "A rating of Python engineering is a whole number from 0 to 4",
                        HttpStatus.BAD_REQUEST),
                new Case("not a number", notANumber, "#field-rating-python", "“expert” is not", HttpStatus.BAD_REQUEST),
                new Case(
                        "unknown skill",
                        unknownSkill,
                        ".error-summary",
                        "answer we do not know",
                        HttpStatus.BAD_REQUEST),
                new Case(
                        "unknown level",
                        unknownLevel,
                        "#field-target",
                        "no level called “archmage”",
                        HttpStatus.BAD_REQUEST),
                new Case(
                        "oversized label",
                        longLabel,
                        "#field-label",
                        "Keep the label to 120 characters",
                        HttpStatus.OK),
                new Case("bad years", badYears, "#field-years", "number from 0 to 60", HttpStatus.OK));
        for (Case c : cases) {
            Map<String, Long> before = counts();
            MvcTestResult result = post("/assessment", c.form());
            assertThat(result).as(c.name()).hasStatus(c.status());
            Document page = Pages.html(result);
            assertThat(page.select(c.field()).text()).as(c.name()).contains(c.message());
            assertThat(counts()).as("nothing stored for %s", c.name()).isEqualTo(before);
            // the other answers are kept
            assertThat(page.select("input[name=rating-sql][checked]").attr("value"))
                    .as(c.name())
                    .isEqualTo(Integer.toString(expected("senior", "sql")));
        }
    }

    @Test
    void aNulByteInAnyFieldIsRefusedBeforeAnythingIsStored() {
        for (String field : List.of("label", "years", "target", "rating-python")) {
            Map<String, Long> before = counts();
            Map<String, String> form = answers("senior", Map.of());
            form.put(field, form.getOrDefault(field, "") + "\u0000");
            assertThat(post("/assessment", form)).as(field).hasStatus(HttpStatus.BAD_REQUEST);
            assertThat(counts()).as("nothing stored for a NUL in %s", field).isEqualTo(before);
        }
    }

    @Test
    void aDuplicatedFieldIsRefusedAndStoresNothing() {
        Map<String, Long> before = counts();
        var request = mvc.post().uri("/assessment").with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED);
        answers("senior", Map.of()).forEach(request::param);
        request.param("rating-python", "1");
        MvcTestResult result = request.exchange();
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(Pages.html(result).select("#field-rating-python").text()).contains("sent more than once");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void anOversizedFormIsRefusedBeforeAnythingReadsIt() {
        Map<String, Long> before = counts();
        var response = Http.post(port, "/assessment", "label=" + "x".repeat(600_000));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("That form was too large").doesNotContain("Exception");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void ticksPersistAcrossRequestsAndBrowsers() {
        String token = submit(answers("senior", Map.of("python", 2, "sql", 2)));

        assertThat(mvc.post()
                        .uri("/assessment/" + token + "/checklist/python")
                        .with(csrf())
                        .param("done", "true"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(mvc.post()
                        .uri("/assessment/" + token + "/checklist/sql")
                        .with(csrf())
                        .param("done", "true"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(mvc.post()
                        .uri("/assessment/" + token + "/checklist/sql")
                        .with(csrf())
                        .param("done", "false"))
                .hasStatus(HttpStatus.FOUND);

        // a new request with no session at all, as a fresh browser opening the link
        Document page = Pages.page(mvc, "/assessment/" + token);
        assertThat(page.select("#checklist li.done").eachAttr("id")).containsExactly("item-python");
        assertThat(page.select("#checklist progress").attr("value")).isEqualTo("1");
        assertThat(page.select("#checklist .progress-text").text()).isEqualTo("1 of 2 done");

        // only current gaps can be ticked
        assertThat(mvc.post()
                        .uri("/assessment/" + token + "/checklist/data-quality")
                        .with(csrf()))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void aRevisionShowsWhatChangedAndKeepsTicksOfItemsThatAreStillGaps() {
        String token = submit(answers("senior", Map.of("python", 2, "sql", 2, "multiplying-others", 1)));
        mvc.post()
                .uri("/assessment/" + token + "/checklist/python")
                .with(csrf())
                .exchange();
        mvc.post().uri("/assessment/" + token + "/checklist/sql").with(csrf()).exchange();

        Document edit = Pages.page(mvc, "/assessment/" + token + "/edit");
        assertThat(edit.select("input[name=rating-python][checked]").attr("value"))
                .isEqualTo("2");
        assertThat(edit.selectFirst("#label").attr("value")).isEqualTo("before my promo review");

        // sql closes its gap, python stays a gap, multiplying others rises but is still a gap
        MvcTestResult saved = post(
                "/assessment/" + token + "/edit",
                answers("senior", Map.of("python", 2, "sql", expected("senior", "sql"), "multiplying-others", 2)));
        assertThat(saved).hasStatus(HttpStatus.FOUND);
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/assessment/" + token);

        Document page = Pages.page(mvc, "/assessment/" + token);
        assertThat(page.select("#changes li.rose").eachAttr("data-dimension"))
                .containsExactlyInAnyOrder("sql", "multiplying-others");
        assertThat(page.select("#changes .closed").text()).contains("SQL and data modelling");
        assertThat(page.select("#checklist li.done").eachAttr("id")).containsExactly("item-python");
        assertThat(page.select("#checklist li").eachAttr("id"))
                .containsExactlyInAnyOrder("item-python", "item-multiplying-others");
        assertThat(jdbc.sql("""
                        select count(*) from assessment_revision r join assessment a on a.id = r.assessment_id
                        where a.owner_token_hash = sha256(convert_to(?, 'UTF8'))
                        """).param(token).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void deleteRemovesEveryRowAfterConfirmationAndTheLinkThenGives404() {
        String token = submit(answers("senior", Map.of("python", 2)));
        mvc.post()
                .uri("/assessment/" + token + "/checklist/python")
                .with(csrf())
                .exchange();
        post("/assessment/" + token + "/edit", answers("staff", Map.of("python", 2)));
        Map<String, Long> before = counts();

        assertThat(Pages.page(mvc, "/assessment/" + token + "/delete")
                        .select("form button")
                        .text())
                .contains("Yes, delete it");
        MvcTestResult deleted =
                mvc.post().uri("/assessment/" + token + "/delete").with(csrf()).exchange();
        assertThat(deleted).hasStatus(HttpStatus.FOUND);
        assertThat(Pages.page(mvc, deleted.getResponse().getRedirectedUrl())
                        .select(".notice.ok")
                        .text())
                .contains("deleted");

        Map<String, Long> after = counts();
        assertThat(after.get("assessment")).isEqualTo(before.get("assessment") - 1);
        assertThat(after.get("assessment_revision")).isEqualTo(before.get("assessment_revision") - 2);
        assertThat(after.get("assessment_rating")).isEqualTo(before.get("assessment_rating") - 2L * skills.size());
        assertThat(after.get("checklist_tick")).isEqualTo(before.get("checklist_tick") - 1);
        assertThat(Http.get(port, "/assessment/" + token).statusCode()).isEqualTo(404);
    }

    @Test
    void aWrongOrTamperedTokenGives404() {
        String token = submit(answers("senior", Map.of()));
        String altered = (token.charAt(0) == 'A' ? 'B' : 'A') + token.substring(1);
        for (String bad : List.of(altered, "1", "abc", token + "x", "%27%20or%201%3D1")) {
            assertThat(Http.get(port, "/assessment/" + bad).statusCode())
                    .as(bad)
                    .isEqualTo(404);
        }
        var traversal = Http.get(port, "/assessment/..%2F..%2Fetc");
        assertThat(traversal.statusCode()).isIn(400, 404);
        assertThat(traversal.body()).doesNotContain("Exception");
        assertThat(mvc.post()
                        .uri("/assessment/" + altered + "/checklist/python")
                        .with(csrf()))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void everyPostNeedsTheCsrfToken() {
        String token = submit(answers("senior", Map.of("python", 1)));
        Map<String, Long> before = counts();
        for (String uri : List.of(
                "/assessment",
                "/assessment/" + token + "/edit",
                "/assessment/" + token + "/checklist/python",
                "/assessment/" + token + "/delete")) {
            var request = mvc.post().uri(uri).contentType(MediaType.APPLICATION_FORM_URLENCODED);
            answers("senior", Map.of()).forEach(request::param);
            assertThat(request.exchange()).as(uri).hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void downloadsCarryTheRatingsAndGaps() throws Exception {
        String token = submit(answers("senior", Map.of("python", 1)));

        MvcTestResult csv = mvc.get().uri("/assessment/" + token + ".csv").exchange();
        List<List<String>> rows =
                org.careerpath.support.CsvReader.parse(csv.getResponse().getContentAsString());
        assertThat(rows.get(0)).startsWith("category", "dimension", "kind", "your_rating", "target_expects", "gap");
        assertThat(rows).hasSize(skills.size() + 1);
        assertThat(rows.stream()
                        .filter(r -> r.get(1).equals("Python engineering"))
                        .findFirst()
                        .orElseThrow())
                .containsSequence("1", "3", "2", "yes");

        MvcTestResult json =
                mvc.get().uri("/assessment/" + token + "/export.json").exchange();
        assertThat(json).hasContentType(MediaType.APPLICATION_JSON);
        assertThat(json.getResponse().getHeader("Content-Disposition")).contains("attachment");
        assertThat(json).bodyJson().extractingPath("$.format").isEqualTo("careerpath-assessment");
        assertThat(json)
                .bodyJson()
                .extractingPath("$.revisions[0].ratings.python")
                .isEqualTo(1);
        assertThat(json)
                .bodyJson()
                .extractingPath("$.revisions[0].ratings.length()")
                .isEqualTo(skills.size());
    }
}
