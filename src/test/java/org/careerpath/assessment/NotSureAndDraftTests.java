package org.careerpath.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careerpath.skills.Dimension;
import org.careerpath.support.Pages;
import org.careerpath.support.PortalIntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** "Not sure" is an answer, and a half-finished assessment can be saved as a draft and resumed. */
@PortalIntegrationTest
class NotSureAndDraftTests extends AssessmentTestSupport {

    @Autowired
    ExpiredDrafts expiredDrafts;

    @Test
    void notSureCountsAsNeitherMetNorAGapAndTheResultSaysHowMany() {
        // short on three dimensions, two of them answered "not sure" instead
        Map<String, Object> answers = new HashMap<>();
        answers.put("python", 1);
        answers.put("sql", "unsure");
        answers.put("scope-of-work", "unsure");
        String token = client.submit(client.answers("senior", "senior", answers));

        Document page = Pages.page(mvc, "/assessment/" + token);

        assertThat(page.select("#unsure-note").text())
                .contains("2 dimensions were left “not sure”")
                .contains("neither met nor a gap")
                .contains("SQL and data modelling", "Scope of work");
        assertThat(page.select("#gaps li.gap").eachAttr("data-dimension")).containsExactly("python");
        int active = client.model().dimensions().size();
        assertThat(page.select("#readiness .overall").text())
                .contains("You meet " + (active - 3) + " of the " + (active - 2) + " dimensions you rated");
        // stored as answered, without a step
        assertThat(jdbc.sql("""
                        select count(*) from assessment_rating ar join assessment_revision r on r.id = ar.revision_id
                        join assessment a on a.id = r.assessment_id
                        where a.owner_token_hash = sha256(convert_to(?, 'UTF8')) and ar.rating is null
                        """).param(token).query(Long.class).single()).isEqualTo(2);
        // and offered again as "not sure" when updating
        Document edit = Pages.page(mvc, "/assessment/" + token + "/edit");
        assertThat(edit.select("input[name=rating-sql][checked]").val()).isEqualTo("unsure");
        assertThat(edit.select("input[name=rating-python][checked]").val()).isEqualTo("1");
    }

    @Test
    void leavingADimensionOpenAsksForARatingOrNotSureAndPointsToDrafts() {
        Map<String, Object> answers = new HashMap<>();
        answers.put("python", null);
        Map<String, Long> before = client.counts();

        MvcTestResult result = client.post("/assessment", client.answers("senior", "senior", answers));

        assertThat(result).hasStatusOk();
        assertThat(Pages.html(result)
                        .select("#field-rating-python .field-error")
                        .text())
                .contains("Choose a rating for Python engineering, or “Not sure”; or save a draft");
        assertThat(client.counts()).isEqualTo(before);
    }

    private String saveDraft(Map<String, String> form) {
        Map<String, String> draft = new LinkedHashMap<>(form);
        draft.put("action", "draft");
        MvcTestResult saved = client.post("/assessment", draft);
        assertThat(saved).hasStatus(HttpStatus.FOUND);
        String location = saved.getResponse().getRedirectedUrl();
        assertThat(location).matches("/assessment/draft/[A-Za-z0-9_-]{43}\\?saved=1");
        return location.substring("/assessment/draft/".length(), location.indexOf('?'));
    }

    @Test
    void aDraftKeepsWhatWasAnsweredUnderItsOwnLinkUntilItIsFinished() {
        // the first half of the form, one of them "not sure"
        List<Dimension> all = client.model().dimensions();
        Map<String, Object> firstHalf = new HashMap<>();
        for (int i = all.size() / 2; i < all.size(); i++) {
            firstHalf.put(all.get(i).slug(), null);
        }
        firstHalf.put(all.get(0).slug(), "unsure");
        Map<String, String> form = client.answers("staff", "senior", firstHalf);
        form.put("years", "7.5");
        Map<String, Long> before = client.counts();

        String draft = saveDraft(form);

        Map<String, Long> after = client.counts();
        assertThat(after.get("assessment")).isEqualTo(before.get("assessment"));
        assertThat(after.get("assessment_draft")).isEqualTo(before.get("assessment_draft") + 1);
        assertThat(after.get("assessment_draft_answer"))
                .isEqualTo(before.get("assessment_draft_answer") + all.size() / 2);
        Document page = Pages.page(mvc, "/assessment/draft/" + draft + "?saved=1");
        assertThat(page.select("#draft-saved").text()).contains("Draft saved");
        assertThat(page.select("#draft-expiry").text()).contains("deleted 30 days after they were last saved");
        assertThat(page.select("#target option[selected]").val()).isEqualTo("staff");
        assertThat(page.select("#years").val()).isEqualTo("7.5");
        assertThat(page.select("input[name=rating-" + all.get(0).slug() + "][checked]")
                        .val())
                .isEqualTo("unsure");
        assertThat(page.select("input[name=rating-" + all.get(1).slug() + "][checked]")
                        .val())
                .isEqualTo(Integer.toString(client.expected("senior", all.get(1).slug())));
        assertThat(page.select("input[name=rating-" + all.get(all.size() - 1).slug() + "][checked]"))
                .isEmpty();
        assertThat(page.select("form#assessment-form").attr("action")).isEqualTo("/assessment/draft/" + draft);

        // saving more keeps the same link
        Map<String, Object> more = new HashMap<>(firstHalf);
        more.remove(all.get(all.size() / 2).slug());
        Map<String, String> moreForm = client.answers("staff", "senior", more);
        moreForm.put("action", "draft");
        assertThat(client.post("/assessment/draft/" + draft, moreForm)
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/assessment/draft/" + draft + "?saved=1");
        assertThat(client.counts().get("assessment_draft_answer"))
                .isEqualTo(before.get("assessment_draft_answer") + all.size() / 2 + 1);

        // finishing it makes the assessment and deletes the draft
        Map<String, String> complete =
                client.answers("staff", "senior", Map.of(all.get(0).slug(), "unsure"));
        complete.put("action", "submit");
        MvcTestResult finished = client.post("/assessment/draft/" + draft, complete);
        assertThat(finished).hasStatus(HttpStatus.FOUND);
        assertThat(finished.getResponse().getRedirectedUrl()).matches("/assessment/[A-Za-z0-9_-]{43}");
        assertThat(client.counts().get("assessment_draft")).isEqualTo(before.get("assessment_draft"));
        assertThat(client.counts().get("assessment")).isEqualTo(before.get("assessment") + 1);
        assertThat(Pages.get(mvc, "/assessment/draft/" + draft)).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void aDraftWithAnInvalidAnswerIsRefusedAndStoresNothing() {
        Map<String, Object> answers = new HashMap<>();
        answers.put("python", 9);
        answers.put("sql", null);
        Map<String, String> form = client.answers("senior", "senior", answers);
        form.put("action", "draft");
        Map<String, Long> before = client.counts();

        MvcTestResult result = client.post("/assessment", form);

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(Pages.html(result).select("#field-rating-python").text()).contains("whole number from 0 to 4");
        assertThat(client.counts()).isEqualTo(before);
    }

    @Test
    void draftsOlderThanThirtyDaysAreGoneAndDeleted() {
        String old = saveDraft(client.answers("senior", "senior", Map.of()));
        String recent = saveDraft(client.answers("senior", "senior", Map.of()));
        jdbc.sql(
                        "update assessment_draft set updated_at = now() - interval '31 days' where token_hash = sha256(convert_to(?, 'UTF8'))")
                .param(old)
                .update();

        assertThat(Pages.get(mvc, "/assessment/draft/" + old)).hasStatus(HttpStatus.NOT_FOUND);
        expiredDrafts.delete();

        assertThat(jdbc.sql("select count(*) from assessment_draft where updated_at < now() - interval '30 days'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(Pages.get(mvc, "/assessment/draft/" + recent)).hasStatusOk();
        assertThat(Pages.page(mvc, "/assessment").select("#draft-rule").text())
                .contains("Drafts are deleted 30 days after they were last saved");
    }
}
