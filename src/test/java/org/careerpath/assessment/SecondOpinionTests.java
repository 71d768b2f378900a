package org.careerpath.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careerpath.support.Csrf.csrf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careerpath.support.Pages;
import org.careerpath.support.PortalIntegrationTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A mentor's second opinion through an invitation link, end to end, and what the link refuses. */
@PortalIntegrationTest
class SecondOpinionTests extends AssessmentTestSupport {

    /** Creates an invitation as the owner would and returns the mentor's link. */
    private String invite(String owner, String mentor) {
        MvcTestResult created = client.post("/assessment/" + owner + "/invitations", Map.of("mentor", mentor));
        assertThat(created).hasStatus(HttpStatus.FOUND);
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/assessment/" + owner + "/invitations?created=");
        Document page = Pages.page(mvc, location.substring(0, location.indexOf('#')));
        Element invitation = page.selectFirst(".invitation.created");
        assertThat(invitation.select("h3").text()).isEqualTo(mentor);
        String link = invitation.selectFirst("input.invitation-link").val();
        assertThat(link).matches("http://localhost(:\\d+)?/assessment/invited/[A-Za-z0-9_-]{43}");
        return link.substring(link.indexOf("/assessment/invited/"));
    }

    @Test
    void theOwnerInvitesTheMentorRatesAndTheOwnerSeesBothSideBySide() {
        String owner = client.submit(client.answers("staff", "senior", Map.of("python", 3, "sql", "unsure")));
        String mentorLink = invite(owner, "Sam, my manager");

        // the mentor sees the target and the dimensions, never the owner's answers, label or links
        Document form = Pages.page(mvc, mentorLink);
        assertThat(form.select(".lead").text()).contains("as Sam, my manager", "Staff ML Engineer");
        assertThat(form.select("fieldset.rating"))
                .hasSize(client.model().dimensions().size());
        assertThat(form.select("input[type=radio][checked]")).isEmpty();
        assertThat(form.html()).doesNotContain("before my promo review", owner, Tokens.share(owner));
        assertThat(form.select("#field-rating-scope-of-work .hint").text()).startsWith("Staff ML Engineer expects:");

        // the mentor rates two steps lower on python, agrees on scope, is not sure about sql, and comments
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("rating-python", "1");
        answers.put("comment-python", "Solid scripts, but no packaging or typing yet.");
        answers.put("rating-scope-of-work", Integer.toString(client.expected("senior", "scope-of-work")));
        answers.put("rating-sql", "unsure");
        Map<String, Long> before = client.counts();
        MvcTestResult sent = client.post(mentorLink, answers);
        assertThat(sent).hasStatus(HttpStatus.FOUND);
        assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo(mentorLink + "?sent=1");
        assertThat(client.counts().get("mentor_opinion")).isEqualTo(before.get("mentor_opinion") + 1);
        assertThat(client.counts().get("mentor_rating")).isEqualTo(before.get("mentor_rating") + 3);
        Document thanks = Pages.page(mvc, mentorLink + "?sent=1");
        assertThat(thanks.select("#sent").text()).contains("your opinion was sent");
        assertThat(thanks.select("input[name=rating-python][checked]").val()).isEqualTo("1");
        assertThat(thanks.select("#comment-python").text()).isEqualTo("Solid scripts, but no packaging or typing yet.");

        // the owner sees both views, with the two-step difference marked
        for (String view : List.of("/assessment/" + owner, "/assessment/shared/" + Tokens.share(owner))) {
            Element mentors = Pages.page(mvc, view).selectFirst("#mentors");
            assertThat(mentors).as(view).isNotNull();
            assertThat(mentors.select("h3").text()).isEqualTo("Sam, my manager’s view");
            assertThat(mentors.select("tr[data-dimension]").eachAttr("data-dimension"))
                    .containsExactlyInAnyOrder("python", "scope-of-work", "sql");
            Element python = mentors.selectFirst("tr[data-dimension=python]");
            assertThat(python.hasClass("marked")).isTrue();
            assertThat(python.select(".self").text()).isEqualTo("3");
            assertThat(python.select(".mentor").text()).isEqualTo("1");
            assertThat(python.select(".difference").text()).contains("−2", "differs by two steps or more");
            assertThat(python.select(".comment").text()).isEqualTo("Solid scripts, but no packaging or typing yet.");
            assertThat(mentors.selectFirst("tr[data-dimension=scope-of-work]").hasClass("marked"))
                    .isFalse();
            assertThat(mentors.select("tr[data-dimension=sql] .self").text()).isEqualTo("not sure");
            assertThat(mentors.select(".mentor-summary").text()).contains("you agree on 1", "2 dimensions", "1 differ");
        }
        Document report = Pages.page(mvc, "/assessment/" + owner + "/report");
        assertThat(report.select("#mentors tr[data-dimension]").eachAttr("data-dimension"))
                .as("the report keeps the marked differences")
                .containsExactly("python");
    }

    @Test
    void aRevokedInvitationGives404AndStoresNothingWhileTheOpinionGivenStays() {
        String owner = client.submit(client.answers("senior", "senior", Map.of()));
        String mentorLink = invite(owner, "Robin");
        assertThat(client.post(mentorLink, Map.of("rating-python", "2"))).hasStatus(HttpStatus.FOUND);
        long id = jdbc.sql("""
                        select i.id from mentor_invitation i join assessment a on a.id = i.assessment_id
                        where a.owner_token_hash = sha256(convert_to(?, 'UTF8'))
                        """).param(owner).query(Long.class).single();

        assertThat(client.post("/assessment/" + owner + "/invitations/" + id + "/revoke", Map.of()))
                .hasStatus(HttpStatus.FOUND);

        Map<String, Long> before = client.counts();
        assertThat(Pages.get(mvc, mentorLink)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(client.post(mentorLink, Map.of("rating-python", "4"))).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(client.counts()).isEqualTo(before);
        Document invitations = Pages.page(mvc, "/assessment/" + owner + "/invitations");
        assertThat(invitations.select(".invitation.revoked").text()).contains("Robin", "revoked");
        assertThat(invitations.select(".invitation.revoked input.invitation-link"))
                .isEmpty();
        assertThat(Pages.page(mvc, "/assessment/" + owner).select("#mentors").text())
                .contains("Robin’s view", "invitation link has since been revoked");
        // only the owner's own invitations can be revoked, through the owner's link
        String other = client.submit(client.answers("senior", "senior", Map.of()));
        assertThat(client.post("/assessment/" + other + "/invitations/" + id + "/revoke", Map.of()))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    record Bad(String name, Map<String, String> form, String field, String message, HttpStatus status) {}

    @Test
    void badMentorAnswersGiveTheFormBackWithAMessageAndStoreNothing() {
        String owner = client.submit(client.answers("senior", "senior", Map.of()));
        String mentorLink = invite(owner, "Kim");
        List<Bad> cases = List.of(
                new Bad(
                        "unknown dimension",
                        Map.of("rating-python", "2", "rating-telepathy", "3"),
                        ".error-summary",
                        "not one of the dimensions (rating-telepathy)",
                        HttpStatus.BAD_REQUEST),
                new Bad(
                        "comment on an unknown dimension",
                        Map.of("rating-python", "2", "comment-telepathy", "hm"),
                        ".error-summary",
                        "not one of the dimensions",
                        HttpStatus.BAD_REQUEST),
                new Bad(
                        "oversized comment",
                        Map.of("rating-python", "2", "comment-python", "x".repeat(1001)),
                        "#field-comment-python",
                        "Keep the comment on Python engineering to 1000 characters (it has 1001)",
                        HttpStatus.OK),
                new Bad(
                        "rating out of range",
                        Map.of("rating-python", "5"),
                        "#field-rating-python",
                        "whole number from 0 to 4",
                        HttpStatus.BAD_REQUEST),
                new Bad("nothing at all", Map.of(), ".error-summary", "Rate at least one dimension", HttpStatus.OK));
        for (Bad bad : cases) {
            Map<String, Long> before = client.counts();
            MvcTestResult result = client.post(mentorLink, bad.form());
            assertThat(result).as(bad.name()).hasStatus(bad.status());
            Document page = Pages.html(result);
            assertThat(page.select(bad.field()).text()).as(bad.name()).contains(bad.message());
            assertThat(client.counts()).as("nothing stored for %s", bad.name()).isEqualTo(before);
            if (bad.form().containsKey("rating-python")) {
                assertThat(page.select("input[name=rating-python][checked]").val())
                        .as("the answer is kept for %s", bad.name())
                        .isEqualTo(bad.form().get("rating-python").equals("5") ? "" : "2");
            }
        }
        // the invitation form refuses names it cannot store
        Map<String, Long> before = client.counts();
        MvcTestResult nul = client.post("/assessment/" + owner + "/invitations", Map.of("mentor", "Kim\u0000"));
        assertThat(nul).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(client.post(mentorLink, Map.of("rating-python", "2", "comment-python", "fine\u0000")))
                .hasStatus(HttpStatus.BAD_REQUEST);
        MvcTestResult longName =
                client.post("/assessment/" + owner + "/invitations", Map.of("mentor", "K".repeat(121)));
        assertThat(longName).hasStatusOk();
        assertThat(Pages.html(longName).select("#field-mentor").text()).contains("Keep the name to 120 characters");
        assertThat(client.counts()).isEqualTo(before);
    }

    @Test
    void aTamperedInvitationLinkGives404() {
        String owner = client.submit(client.answers("senior", "senior", Map.of()));
        String link = invite(owner, "Lee");
        String token = link.substring(link.lastIndexOf('/') + 1);
        String altered = (token.charAt(5) == 'A' ? 'B' : 'A') + "";
        altered = token.substring(0, 5) + altered + token.substring(6);
        for (String bad : List.of(altered, token.substring(1), owner, Tokens.share(owner), "x")) {
            assertThat(Pages.get(mvc, "/assessment/invited/" + bad)).as(bad).hasStatus(HttpStatus.NOT_FOUND);
            assertThat(mvc.post().uri("/assessment/invited/" + bad).with(csrf()).param("rating-python", "1"))
                    .as(bad)
                    .hasStatus(HttpStatus.NOT_FOUND);
        }
        // and the invitation link opens nothing of the owner's
        assertThat(Pages.get(mvc, "/assessment/" + token)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(Pages.get(mvc, "/assessment/shared/" + token)).hasStatus(HttpStatus.NOT_FOUND);
    }
}
