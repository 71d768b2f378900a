package org.careerpath.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careerpath.support.Csrf.csrf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careerpath.support.Pages;
import org.careerpath.support.PortalIntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Each assessment has separate capabilities: the owner's link changes it, the read-only link only shows
 * it, invitation links only take an opinion; the database keeps none of the links, only their hashes.
 */
@PortalIntegrationTest
class CapabilityTests extends AssessmentTestSupport {

    @Test
    void theReadOnlyLinkShowsResultsReportAndHistoryWithoutAnyControlThatChangesThem() {
        String owner = client.submit(client.answers("staff", "senior", Map.of("python", 2)));
        Document ownerPage = Pages.page(mvc, "/assessment/" + owner);
        String shared = ownerPage.selectFirst("#share-link").val();
        assertThat(shared).endsWith("/assessment/shared/" + Tokens.share(owner));
        String path = "/assessment/shared/" + Tokens.share(owner);

        Document page = Pages.page(mvc, path);
        assertThat(page.select("#shared-notice").text()).contains("read-only");
        assertThat(page.select("form[method=post]")).isEmpty();
        assertThat(page.html()).doesNotContain(owner);
        assertThat(page.select("a[href]").eachAttr("href"))
                .noneMatch(href -> href.contains("/edit")
                        || href.contains("/delete")
                        || href.contains("/invitations")
                        || href.contains("export.json"));
        // the same results as the owner sees
        assertThat(page.select("#gaps li.gap").eachAttr("data-dimension"))
                .isEqualTo(ownerPage.select("#gaps li.gap").eachAttr("data-dimension"));
        assertThat(page.select("#checklist li").eachAttr("id"))
                .isEqualTo(ownerPage.select("#checklist li").eachAttr("id"));
        for (String view : List.of(path + "/report", path + "/history")) {
            Document viewPage = Pages.page(mvc, view);
            assertThat(viewPage.select("form[method=post]")).as(view).isEmpty();
            assertThat(viewPage.html()).as(view).doesNotContain(owner);
        }
    }

    @Test
    void everyPostThroughTheReadOnlyLinkGives403Or404AndChangesNothing() {
        String owner = client.submit(client.answers("senior", "senior", Map.of("python", 1)));
        String share = Tokens.share(owner);
        Map<String, Long> before = client.counts();
        List<String> targets = new ArrayList<>();
        // every address the owner can post to, with the read-only token instead
        for (String suffix :
                List.of("", "/edit", "/checklist/python", "/delete", "/invitations", "/invitations/1/revoke")) {
            targets.add("/assessment/" + share + suffix);
            targets.add("/assessment/shared/" + share + suffix);
        }
        targets.add("/assessment/shared/" + share + "/report");
        targets.add("/assessment/shared/" + share + "/history");
        targets.add("/assessment/draft/" + share);
        targets.add("/assessment/invited/" + share);
        Map<String, String> form = client.answers("staff", "senior", Map.of());
        for (String target : targets) {
            var withToken = mvc.post().uri(target).with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED);
            form.forEach(withToken::param);
            assertThat(withToken.exchange().getResponse().getStatus())
                    .as("POST %s", target)
                    .isIn(403, 404);
            assertThat(mvc.post().uri(target).exchange().getResponse().getStatus())
                    .as("POST %s without a CSRF token", target)
                    .isEqualTo(403);
        }
        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            var request = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request(
                            org.springframework.http.HttpMethod.valueOf(method), "/assessment/shared/" + share)
                    .with(csrf()));
            assertThat(request.getResponse().getStatus()).as(method).isIn(403, 404, 405);
        }
        assertThat(client.counts()).isEqualTo(before);
        assertThat(Pages.page(mvc, "/assessment/" + owner).select("#checklist li.done"))
                .isEmpty();
    }

    @Test
    void theDatabaseKeepsOnlyHashesOfTheLinks() {
        String owner = client.submit(client.answers("senior", "senior", Map.of()));
        MvcTestResult invited = client.post("/assessment/" + owner + "/invitations", Map.of("mentor", "Ana"));
        String invitationPage = invited.getResponse().getRedirectedUrl();
        String invitationLink = Pages.page(mvc, invitationPage.substring(0, invitationPage.indexOf('#')))
                .selectFirst(".invitation.created input.invitation-link")
                .val();
        String invitation = invitationLink.substring(invitationLink.lastIndexOf('/') + 1);
        Map<String, String> draftForm = new LinkedHashMap<>(client.answers("senior", "senior", Map.of()));
        draftForm.put("action", "draft");
        String draftLocation =
                client.post("/assessment", draftForm).getResponse().getRedirectedUrl();
        String draft = draftLocation.substring("/assessment/draft/".length(), draftLocation.indexOf('?'));
        List<String> tokens = List.of(owner, Tokens.share(owner), invitation, draft);

        // every link is 256 bits, URL-safe, and different
        assertThat(tokens).allMatch(t -> t.matches("[A-Za-z0-9_-]{43}")).doesNotHaveDuplicates();
        // no column of any assessment table holds a link, in any encoding a query can find
        for (String table : AssessmentClient.TABLES) {
            List<String> columns = jdbc.sql("select column_name from information_schema.columns where table_name = ?")
                    .param(table)
                    .query(String.class)
                    .list();
            for (String column : columns) {
                for (String token : tokens) {
                    long found = jdbc.sql("select count(*) from " + table + " where position(? in " + column
                                    + "::text) > 0 or position(convert_to(?, 'UTF8') in coalesce(" + column
                                    + "::text::bytea, ''::bytea)) > 0")
                            .param(token)
                            .param(token)
                            .query(Long.class)
                            .single();
                    assertThat(found).as("%s.%s holds a link", table, column).isZero();
                }
            }
        }
        // what is kept is the SHA-256 of each link
        assertThat(jdbc.sql("select count(*) from assessment where owner_token_hash = sha256(convert_to(?, 'UTF8'))"
                                + " and share_token_hash = sha256(convert_to(?, 'UTF8'))")
                        .param(owner)
                        .param(Tokens.share(owner))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from mentor_invitation where token_hash = sha256(convert_to(?, 'UTF8'))")
                        .param(invitation)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from assessment_draft where token_hash = sha256(convert_to(?, 'UTF8'))")
                        .param(draft)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aTamperedLinkOfAnyKindGives404() {
        String owner = client.submit(client.answers("senior", "senior", Map.of()));
        String share = Tokens.share(owner);
        for (String token : List.of(owner, share)) {
            String altered = token.substring(0, 42) + (token.charAt(42) == 'A' ? 'B' : 'A');
            assertThat(Pages.get(mvc, "/assessment/" + altered)).hasStatus(HttpStatus.NOT_FOUND);
            assertThat(Pages.get(mvc, "/assessment/shared/" + altered)).hasStatus(HttpStatus.NOT_FOUND);
            assertThat(Pages.get(mvc, "/assessment/draft/" + altered)).hasStatus(HttpStatus.NOT_FOUND);
        }
        // the read-only link opens nothing of the owner's, and the owner's link is not a read-only link
        assertThat(Pages.get(mvc, "/assessment/" + share)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(Pages.get(mvc, "/assessment/" + share + "/edit")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(Pages.get(mvc, "/assessment/" + share + "/export.json")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(Pages.get(mvc, "/assessment/shared/" + owner)).hasStatus(HttpStatus.NOT_FOUND);
    }
}
