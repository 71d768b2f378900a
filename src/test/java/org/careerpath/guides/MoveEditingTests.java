package org.careerpath.guides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careerpath.support.WebClient.location;

import java.net.http.HttpResponse;
import java.util.Map;
import org.careerpath.support.Editors;
import org.careerpath.support.PortalIntegrationTest;
import org.careerpath.support.WebClient;
import org.careerpath.web.ContentVersion;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An editor rewrites a career move; the moves page and the API show it once an admin publishes it. */
@PortalIntegrationTest
class MoveEditingTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ContentVersion version;

    @Autowired
    Editors editors;

    private long from;
    private long to;
    private String kind;
    private String note;

    @BeforeEach
    void seniorToStaff() {
        from = jdbc.sql("select id from role where slug = 'senior-ml-engineer'")
                .query(Long.class)
                .single();
        to = jdbc.sql("select id from role where slug = 'staff-ml-engineer'")
                .query(Long.class)
                .single();
        kind = jdbc.sql("select kind from role_move where from_role_id = ? and to_role_id = ?")
                .params(from, to)
                .query(String.class)
                .single();
        note = jdbc.sql("select note from role_move where from_role_id = ? and to_role_id = ?")
                .params(from, to)
                .query(String.class)
                .single();
    }

    @AfterEach
    void restoreIt() {
        jdbc.sql("update role_move set kind = ?, note = ? where from_role_id = ? and to_role_id = ?")
                .params(kind, note, from, to)
                .update();
        version.bump();
    }

    @Test
    void aNewNoteIsPreviewedInTheMovesPageThenPublished() {
        String page = "/admin/moves/" + MoveKind.id(from, to) + "/edit";
        WebClient editor = new WebClient(port);
        editor.signIn(editors.account("EDITOR"), Editors.PASSWORD);
        Map<String, String> fields = editor.formFields(page, "form[action$=/edit]");
        assertThat(fields.get("note")).isEqualTo(note);
        fields.put("note", "Scope grows from one team's systems to several teams' (edited in a test).");
        String draft = location(editor.submit(page, page, fields));
        assertThat(draft).matches(".*/admin/moves/drafts/\\d+");
        assertThat(editor.get(draft + "/preview").body()).contains("(edited in a test)");
        WebClient visitor = new WebClient(port);
        assertThat(visitor.get("/careers/moves").body()).doesNotContain("(edited in a test)");

        editors.publish(port, draft);
        assertThat(visitor.get("/careers/moves").body()).contains("(edited in a test)");
        assertThat(visitor.get("/api/v1/moves?from=senior-ml-engineer").body()).contains("(edited in a test)");
    }

    @Test
    void aNewMoveIsAddedThroughADraftAndAnAdminCanDeleteIt() {
        WebClient editor = new WebClient(port);
        editor.signIn(editors.account("EDITOR"), Editors.PASSWORD);
        Map<String, String> fields = editor.formFields("/admin/moves/new", "form[action$=/edit]");
        fields.putAll(Map.of(
                "from", "junior-ml-engineer",
                "to", "junior-ml-engineer",
                "kind", "lateral",
                "note", "A move that exists only in this test."));
        HttpResponse<String> same = editor.submit("/admin/moves/new", "/admin/moves/0/edit", fields);
        assertThat(Jsoup.parse(same.body()).select("#to-error").text()).contains("another role");
        fields.put("to", "principal-ml-engineer");
        String draft = location(editor.submit("/admin/moves/new", "/admin/moves/0/edit", fields));
        assertThat(editor.get(draft + "/preview").body()).contains("A move that exists only in this test.");

        editors.publish(port, draft);
        WebClient admin = editors.signedIn(port, "ADMIN");
        WebClient visitor = new WebClient(port);
        assertThat(visitor.get("/careers/moves").body()).contains("A move that exists only in this test.");
        assertThat(visitor.get("/api/v1/moves?from=junior-ml-engineer").body())
                .contains("A move that exists only in this test.");

        long junior = jdbc.sql("select id from role where slug = 'junior-ml-engineer'")
                .query(Long.class)
                .single();
        long principal = jdbc.sql("select id from role where slug = 'principal-ml-engineer'")
                .query(Long.class)
                .single();
        String delete = "/admin/moves/" + MoveKind.id(junior, principal) + "/delete";
        assertThat(location(admin.submit(delete, delete, Map.of()))).endsWith("/admin/moves");
        assertThat(visitor.get("/careers/moves").body()).doesNotContain("A move that exists only in this test.");
    }

    @Test
    void aKindThatIsNotOfferedIsSaidNextToItsField() {
        String page = "/admin/moves/" + MoveKind.id(from, to) + "/edit";
        WebClient editor = new WebClient(port);
        editor.signIn(editors.account("EDITOR"), Editors.PASSWORD);
        Map<String, String> fields = editor.formFields(page, "form[action$=/edit]");
        fields.put("kind", "sideways");
        HttpResponse<String> refused = editor.submit(page, page, fields);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(refused.body()).select("#kind-error").text()).contains("Choose the kind");
    }
}
