package org.careerpath.guides;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.careerpath.support.Pages;
import org.careerpath.support.PortalIntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@PortalIntegrationTest
class MovesPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    record Move(String from, String to, String kind) {}

    @Test
    void everyMoveAppearsInTheDiagramAndInTheList() {
        Document page = Pages.page(mvc, "/careers/moves");

        List<Move> moves = jdbc.sql("""
                        select f.slug as "from", t.slug as "to", m.kind from role_move m
                        join role f on f.id = m.from_role_id join role t on t.id = m.to_role_id
                        """).query(Move.class).list();
        assertThat(moves).isNotEmpty();
        List<Move> drawn = page.select("svg.moves-diagram path.edge").stream()
                .map(p -> new Move(p.attr("data-from"), p.attr("data-to"), p.attr("data-kind")))
                .toList();
        List<Move> listed = page.select(".moves-list li[data-from]").stream()
                .map(li -> new Move(li.attr("data-from"), li.attr("data-to"), li.attr("data-kind")))
                .toList();
        assertThat(drawn).containsExactlyInAnyOrderElementsOf(moves);
        assertThat(listed).containsExactlyInAnyOrderElementsOf(moves);
        assertThat(page.select("svg.moves-diagram path.edge-lateral")).hasSize((int)
                moves.stream().filter(m -> m.kind().equals("lateral")).count());
    }

    @Test
    void everyRoleIsANodeLinkingToItsGuideAndTheDiagramIsDescribed() {
        Document page = Pages.page(mvc, "/careers/moves");

        List<String> roles =
                jdbc.sql("select slug from role").query(String.class).list();
        assertThat(page.select("svg.moves-diagram a.node").eachAttr("data-role"))
                .containsExactlyInAnyOrderElementsOf(roles);
        page.select("svg.moves-diagram a.node")
                .forEach(node -> assertThat(node.attr("href")).isEqualTo("/guides/" + node.attr("data-role")));
        assertThat(page.select("svg.moves-diagram").attr("aria-labelledby")).isEqualTo("moves-title moves-desc");
        assertThat(page.select("svg.moves-diagram title").first().text()).isNotBlank();
        assertThat(page.select("svg.moves-diagram path.edge title").eachText())
                .contains("Senior ML Engineer to ML Engineering Manager (next role)");
    }
}
