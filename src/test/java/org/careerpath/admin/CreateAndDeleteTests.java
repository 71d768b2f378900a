package org.careerpath.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careerpath.support.WebClient.location;

import java.net.http.HttpResponse;
import java.util.Map;
import org.careerpath.support.Editors;
import org.careerpath.support.PortalIntegrationTest;
import org.careerpath.support.WebClient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Editors add a record through a draft an admin publishes; admins delete what nothing refers to, and are told
 * why not where stored assessments or the ladder depend on it.
 */
@PortalIntegrationTest
class CreateAndDeleteTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Editors editors;

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void aNewCertificationIsDraftedPreviewedPublishedAndThenDeleted() {
        WebClient editor = new WebClient(port);
        editor.signIn(editors.account("EDITOR"), Editors.PASSWORD);
        assertThat(editor.get("/admin/certifications").body()).contains("href=\"/admin/certifications/new\"");
        Map<String, String> fields = editor.formFields("/admin/certifications/new", "form[action$=/edit]");
        fields.putAll(Map.of(
                "slug", "test-ml-pipelines-associate",
                "name", "Test ML Pipelines Associate",
                "provider", "Test Provider",
                "costUsdMin", "120",
                "examFormat", "50 questions, 90 minutes",
                "status", "active",
                "url", "https://example.org/test-certification",
                "summary", "A certification that exists only in this test."));
        String draft = location(editor.submit("/admin/certifications/new", "/admin/certifications/0/edit", fields));
        assertThat(draft).matches(".*/admin/certifications/drafts/\\d+");
        assertThat(editor.get(draft + "/preview").body()).contains("Test ML Pipelines Associate");
        WebClient visitor = new WebClient(port);
        assertThat(visitor.get("/certifications/test-ml-pipelines-associate").statusCode())
                .isEqualTo(404);

        editors.publish(port, draft);
        WebClient admin = editors.signedIn(port, "ADMIN");
        assertThat(visitor.get("/certifications/test-ml-pipelines-associate").body())
                .contains("Test ML Pipelines Associate");
        assertThat(visitor.get("/api/v1/certifications/test-ml-pipelines-associate")
                        .statusCode())
                .isEqualTo(200);
        long id = count("select id from certification where slug = 'test-ml-pipelines-associate'");
        assertThat(count(
                        "select count(*) from audit_record where action = 'created' and content_id = ?",
                        Long.toString(id)))
                .isEqualTo(1);

        String delete = "/admin/certifications/" + id + "/delete";
        assertThat(editor.submit(delete, delete, Map.of()).statusCode())
                .as("only admins delete")
                .isEqualTo(403);
        HttpResponse<String> deleted = admin.submit(delete, delete, Map.of());
        assertThat(location(deleted)).endsWith("/admin/certifications");
        assertThat(visitor.get("/certifications/test-ml-pipelines-associate").statusCode())
                .isEqualTo(404);
        assertThat(count(
                        "select count(*) from audit_record where action = 'deleted' and content_id = ?",
                        Long.toString(id)))
                .isEqualTo(1);
    }

    @Test
    void aSkillThatStoredAssessmentsRatedCannotBeDeletedAndSaysWhy() {
        WebClient person = new WebClient(port);
        Map<String, String> answers = person.formFields("/assessment", "#assessment-form");
        answers.replaceAll((name, value) -> name.startsWith("rating-") ? "unsure" : value);
        answers.put("rating-gpu-memory-sizing", "2");
        assertThat(location(person.submit("/assessment", "/assessment", answers)))
                .contains("/assessment/");
        long id = count("select id from skill where slug = 'gpu-memory-sizing'");

        WebClient admin = new WebClient(port);
        admin.signIn(editors.account("ADMIN"), Editors.PASSWORD);
        String delete = "/admin/dimensions/" + id + "/delete";
        var page = Jsoup.parse(admin.get(delete).body());
        assertThat(page.select("#delete-refused").text())
                .contains("stored answers")
                .contains("Retire it instead");
        assertThat(page.select("form[action$=/delete]")).isEmpty();
        HttpResponse<String> refused = admin.submit("/admin/dimensions/" + id + "/edit", delete, Map.of());
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("stored answers");
        assertThat(count("select count(*) from skill where id = ?", id)).isEqualTo(1);
    }

    @Test
    void aNewSourceGetsAnAddressFromItsPublisherAndACitedOneCannotBeDeleted() {
        WebClient editor = new WebClient(port);
        editor.signIn(editors.account("EDITOR"), Editors.PASSWORD);
        Map<String, String> fields = editor.formFields("/admin/sources/new", "form[action$=/edit]");
        fields.putAll(Map.of(
                "publisher", "Test Pay Institute",
                "title", "A survey that exists only in this test",
                "year", "2025",
                "dateRead", "2026-11-20",
                "url", "https://example.org/test-survey",
                "kind", "survey",
                "methodNote", "Made up for a test; cited by nothing."));
        String draft = location(editor.submit("/admin/sources/new", "/admin/sources/0/edit", fields));
        editors.publish(port, draft);
        WebClient admin = editors.signedIn(port, "ADMIN");
        WebClient visitor = new WebClient(port);
        assertThat(visitor.get("/sources").body())
                .contains("id=\"test-pay-institute-2025\"")
                .contains("Test Pay Institute");
        assertThat(visitor.get("/api/v1/sources/test-pay-institute-2025").statusCode())
                .isEqualTo(200);

        long id = count("select id from source where slug = 'test-pay-institute-2025'");
        String delete = "/admin/sources/" + id + "/delete";
        assertThat(location(admin.submit(delete, delete, Map.of()))).endsWith("/admin/sources");
        assertThat(visitor.get("/sources").body()).doesNotContain("Test Pay Institute");

        long cited = count("select id from source where slug = 'bls-oews-2024'");
        assertThat(Jsoup.parse(admin.get("/admin/sources/" + cited + "/delete").body())
                        .select("#delete-refused")
                        .text())
                .contains("cite it");
    }

    @Test
    void aNewTechnicalSkillJoinsTheModelAtStepZeroEverywhereUntilEditorsSetItAndCanBeDeletedUnrated() {
        WebClient editor = new WebClient(port);
        editor.signIn(editors.account("EDITOR"), Editors.PASSWORD);
        Map<String, String> fields = editor.formFields("/admin/dimensions/new", "form[action$=/edit]");
        fields.putAll(Map.of(
                "category", "",
                "name", "Feature store design (test)",
                "description", "Designing feature stores that serve training and inference alike.",
                "whyItMatters", "Training and serving skew starts in the feature store.",
                "retiredOn", ""));
        HttpResponse<String> noCategory = editor.submit("/admin/dimensions/new", "/admin/dimensions/0/edit", fields);
        assertThat(Jsoup.parse(noCategory.body()).select("#category-error").text())
                .contains("category");
        fields.put("category", "mlops");
        String draft = location(editor.submit("/admin/dimensions/new", "/admin/dimensions/0/edit", fields));
        assertThat(editor.get(draft + "/preview").body()).contains("Feature store design (test)");

        editors.publish(port, draft);
        WebClient admin = editors.signedIn(port, "ADMIN");
        WebClient visitor = new WebClient(port);
        assertThat(visitor.get("/skills/feature-store-design-test").body()).contains("Feature store design (test)");
        assertThat(visitor.get("/api/v1/dimensions/feature-store-design-test").body())
                .contains("Not expected at this level yet");
        assertThat(Jsoup.parse(visitor.get("/assessment").body())
                        .select("input[name=rating-feature-store-design-test]"))
                .as("new assessments ask about it")
                .isNotEmpty();
        long levels = count("select count(*) from career_level");
        long id = count("select id from skill where slug = 'feature-store-design-test'");
        assertThat(count("select count(*) from skill_expectation where skill_id = ? and proficiency = 0", id))
                .isEqualTo(levels);

        String delete = "/admin/dimensions/" + id + "/delete";
        assertThat(location(admin.submit(delete, delete, Map.of()))).endsWith("/admin/dimensions");
        assertThat(visitor.get("/skills/feature-store-design-test").statusCode())
                .isEqualTo(404);
    }

    @Test
    void aNewCategoryIsOfferedToNewSkillsAndOneWithSkillsCannotBeDeleted() {
        WebClient editor = new WebClient(port);
        editor.signIn(editors.account("EDITOR"), Editors.PASSWORD);
        Map<String, String> fields = editor.formFields("/admin/categories/new", "form[action$=/edit]");
        fields.putAll(Map.of(
                "kind", "technical",
                "name", "Test category",
                "description", "A category that exists only in this test."));
        String draft = location(editor.submit("/admin/categories/new", "/admin/categories/0/edit", fields));
        editors.publish(port, draft);
        WebClient admin = editors.signedIn(port, "ADMIN");
        assertThat(Jsoup.parse(editor.get("/admin/dimensions/new").body())
                        .select("#category option[value=test-category]"))
                .isNotEmpty();

        long id = count("select id from skill_category where slug = 'test-category'");
        String delete = "/admin/categories/" + id + "/delete";
        assertThat(location(admin.submit(delete, delete, Map.of()))).endsWith("/admin/categories");
        assertThat(count("select count(*) from skill_category where slug = 'test-category'"))
                .isZero();

        long monitoring = count("select id from skill_category where slug = 'monitoring'");
        assertThat(Jsoup.parse(admin.get("/admin/categories/" + monitoring + "/delete")
                                .body())
                        .select("#delete-refused")
                        .text())
                .contains("belong to it");
    }

    private void publishNew(String kind, Map<String, String> values) {
        String draft = editors.draft(port, "/admin/" + kind + "/new", values);
        assertThat(editors.signedIn(port, "EDITOR").get(draft + "/preview").statusCode())
                .isEqualTo(200);
        editors.publish(port, draft);
    }

    @Test
    void aNewRoleThenItsGuideAreAddedAndBothCanBeDeletedWhileNothingRefersToThem() {
        publishNew(
                "roles",
                Map.of(
                        "family", "neighbour",
                        "level", "senior",
                        "socCode", "",
                        "socTitle", "",
                        "title", "Test ML Platform Lead",
                        "summary", "A role that exists only in this test."));
        WebClient visitor = new WebClient(port);
        assertThat(visitor.get("/api/v1/roles/test-ml-platform-lead").body()).contains("A role that exists only");
        long id = count("select id from role where slug = 'test-ml-platform-lead'");

        publishNew(
                "guides",
                Map.of(
                        "role", "test-ml-platform-lead",
                        "overview", "An overview written in a test.",
                        "dayInWork", "A day that exists only in this test.",
                        "lastReviewed", "2026-11-23"));
        assertThat(visitor.get("/guides/test-ml-platform-lead").body()).contains("An overview written in a test.");

        WebClient admin = new WebClient(port);
        admin.signIn(editors.account("ADMIN"), Editors.PASSWORD);
        assertThat(Jsoup.parse(admin.get("/admin/roles/" + id + "/delete").body())
                        .select("#delete-refused")
                        .text())
                .contains("guide");
        String guide = "/admin/guides/" + id + "/delete";
        assertThat(location(admin.submit(guide, guide, Map.of()))).endsWith("/admin/guides");
        String role = "/admin/roles/" + id + "/delete";
        assertThat(location(admin.submit(role, role, Map.of()))).endsWith("/admin/roles");
        assertThat(visitor.get("/api/v1/roles/test-ml-platform-lead").statusCode())
                .isEqualTo(404);
    }

    @Test
    void aLevelCannotBeDeletedAndTheRefusalSaysWhatDependsOnIt() {
        long id = count("select id from career_level where slug = 'senior'");
        WebClient admin = new WebClient(port);
        admin.signIn(editors.account("ADMIN"), Editors.PASSWORD);
        String text = Jsoup.parse(admin.get("/admin/levels/" + id + "/delete").body())
                .select("#delete-refused")
                .text();
        assertThat(text).contains("roles").contains("salary figures");
    }
}
