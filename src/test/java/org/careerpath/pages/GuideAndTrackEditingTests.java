package org.careerpath.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careerpath.support.WebClient.location;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Stream;
import org.careerpath.support.Editors;
import org.careerpath.support.PortalIntegrationTest;
import org.careerpath.support.WebClient;
import org.careerpath.web.ContentVersion;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tracks, skill categories, roles, guides' openings and guide entries go through the same editor: a draft
 * shows in a preview of the real page and nowhere public; once an admin publishes it, the public page and the
 * API show it; an emptied required field is said next to the field and nothing is saved.
 */
@PortalIntegrationTest
class GuideAndTrackEditingTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ContentVersion version;

    @Autowired
    Editors editors;

    /** What to edit: the kind's address, the row (table, key, the query that finds it), the field, where it shows. */
    record Case(
            String kind, String table, String key, String find, String column, String field, String page, String api) {

        @Override
        public String toString() {
            return kind;
        }
    }

    static Stream<Case> kinds() {
        return Stream.of(
                new Case(
                        "tracks",
                        "career_track",
                        "id",
                        "select id from career_track where slug = 'manager'",
                        "description",
                        "description",
                        "/ladder",
                        "/api/v1/tracks"),
                new Case(
                        "categories",
                        "skill_category",
                        "id",
                        "select id from skill_category where slug = 'monitoring'",
                        "description",
                        "description",
                        "/skills",
                        "/api/v1/skill-categories"),
                new Case(
                        "roles",
                        "role",
                        "id",
                        "select id from role where slug = 'staff-ml-engineer'",
                        "summary",
                        "summary",
                        "/guides/staff-ml-engineer",
                        "/api/v1/roles/staff-ml-engineer"),
                new Case(
                        "guides",
                        "role_guide",
                        "role_id",
                        "select id from role where slug = 'staff-ml-engineer'",
                        "overview",
                        "overview",
                        "/guides/staff-ml-engineer",
                        "/api/v1/roles/staff-ml-engineer"),
                new Case(
                        "guide-entries",
                        "guide_entry",
                        "id",
                        """
                        select e.id from guide_entry e join role r on r.id = e.role_id
                         where r.slug = 'staff-ml-engineer' and e.section = 'challenge' order by e.position limit 1
                        """,
                        "body",
                        "body",
                        "/guides/staff-ml-engineer",
                        "/api/v1/roles/staff-ml-engineer"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aDraftIsPreviewedThenPublishedToThePageAndTheApi(Case c) {
        long id = jdbc.sql(c.find()).query(Long.class).single();
        String original = jdbc.sql("select " + c.column() + " from " + c.table() + " where " + c.key() + " = ?")
                .param(id)
                .query(String.class)
                .single();
        try {
            String page = "/admin/" + c.kind() + "/" + id + "/edit";
            WebClient editor = new WebClient(port);
            editor.signIn(editors.account("EDITOR"), Editors.PASSWORD);
            Map<String, String> fields = editor.formFields(page, "form[action$=/edit]");
            assertThat(fields.get(c.field())).isEqualTo(original);
            String edited = "Edited in a test of " + c.kind() + ".";
            fields.put(c.field(), edited);
            String draft = location(editor.submit(page, page, fields));
            assertThat(draft).matches(".*/admin/" + c.kind() + "/drafts/\\d+");
            assertThat(editor.get(draft + "/preview").body())
                    .contains("Preview of a draft")
                    .contains(edited);
            WebClient visitor = new WebClient(port);
            assertThat(visitor.get(c.page()).body()).doesNotContain(edited);

            editors.publish(port, draft);
            assertThat(visitor.get(c.page()).body()).contains(edited);
            assertThat(visitor.get(c.api()).body()).contains(edited);
        } finally {
            jdbc.sql("update " + c.table() + " set " + c.column() + " = ? where " + c.key() + " = ?")
                    .params(original, id)
                    .update();
            version.bump();
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void anEmptiedRequiredFieldIsSaidNextToItAndNothingIsSaved(Case c) {
        long id = jdbc.sql(c.find()).query(Long.class).single();
        long drafts =
                jdbc.sql("select count(*) from content_draft").query(Long.class).single();
        String page = "/admin/" + c.kind() + "/" + id + "/edit";
        WebClient editor = new WebClient(port);
        editor.signIn(editors.account("EDITOR"), Editors.PASSWORD);
        Map<String, String> fields = editor.formFields(page, "form[action$=/edit]");
        fields.put(c.field(), "  ");
        HttpResponse<String> refused = editor.submit(page, page, fields);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(refused.body())
                        .select("#" + c.field() + "-error")
                        .text())
                .isNotBlank();
        assertThat(jdbc.sql("select count(*) from content_draft")
                        .query(Long.class)
                        .single())
                .isEqualTo(drafts);
    }

    @org.junit.jupiter.api.Test
    void aNewGuideEntryFollowsTheSectionsRulesAndCanBeDeleted() {
        WebClient editor = new WebClient(port);
        editor.signIn(editors.account("EDITOR"), Editors.PASSWORD);
        Map<String, String> fields = editor.formFields("/admin/guide-entries/new", "form[action$=/edit]");
        fields.putAll(Map.of(
                "role", "staff-ml-engineer",
                "section", "challenge",
                "category", "",
                "heading", "A challenge added in a test",
                "body", "Several teams disagree on one feature store.",
                "detail", ""));
        HttpResponse<String> refused = editor.submit("/admin/guide-entries/new", "/admin/guide-entries/0/edit", fields);
        assertThat(Jsoup.parse(refused.body()).select("#heading-error").text())
                .contains("challenges a heading and a detail");
        fields.put("detail", "Write the decision record and let the teams comment on it.");
        String draft = location(editor.submit("/admin/guide-entries/new", "/admin/guide-entries/0/edit", fields));
        assertThat(editor.get(draft + "/preview").body()).contains("A challenge added in a test");

        editors.publish(port, draft);
        WebClient admin = editors.signedIn(port, "ADMIN");
        WebClient visitor = new WebClient(port);
        assertThat(visitor.get("/guides/staff-ml-engineer").body()).contains("A challenge added in a test");

        long id = jdbc.sql("select id from guide_entry where heading = 'A challenge added in a test'")
                .query(Long.class)
                .single();
        String delete = "/admin/guide-entries/" + id + "/delete";
        assertThat(location(admin.submit(delete, delete, Map.of()))).endsWith("/admin/guide-entries");
        assertThat(visitor.get("/guides/staff-ml-engineer").body()).doesNotContain("A challenge added in a test");
    }
}
