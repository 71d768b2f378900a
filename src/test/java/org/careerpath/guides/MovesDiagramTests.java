package org.careerpath.guides;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.careerpath.levels.Ladder;
import org.careerpath.levels.Level;
import org.careerpath.levels.Track;
import org.careerpath.support.ModelMother;
import org.junit.jupiter.api.Test;

/** The moves diagram is laid out from the roles and moves alone: no Spring, no database. */
class MovesDiagramTests {

    static Level level(long id, String slug, String track, int rank) {
        return ModelMother.level(id, slug, track, rank);
    }

    static Role role(long id, String slug, Level level) {
        return new Role(id, slug, slug + " title", "ladder", "", null, null, level, null);
    }

    static Role neighbour(long id, String slug, Level entry) {
        return new Role(id, slug, slug + " title", "neighbour", "", null, null, null, entry);
    }

    @Test
    void theManagerTrackStartsOneColumnRightOfItsBranchLevelAndEveryMoveIsAnArrow() {
        Level junior = level(1, "junior", "ic", 1);
        Level senior = level(2, "senior", "ic", 2);
        Level manager = level(3, "manager", "mgr", 1);
        Ladder ladder = new Ladder(List.of(
                new Track(0L, "ic", "IC", "", null, List.of(junior, senior)),
                new Track(0L, "mgr", "Managers", "", "senior", List.of(manager))));
        Role j = role(1, "j", junior);
        Role s = role(2, "s", senior);
        Role s2 = role(3, "s2", senior);
        Role m = role(4, "m", manager);
        List<MoveBetween> moves = List.of(
                new MoveBetween("j", "J", "s", "S", "next", ""),
                new MoveBetween("s", "S", "m", "M", "next", ""),
                new MoveBetween("s", "S", "s2", "S2", "lateral", ""));

        MovesDiagram diagram = MovesDiagram.of(List.of(j, s, s2, m), moves, ladder);

        assertThat(diagram.nodes()).extracting(MovesDiagram.Node::slug).containsExactly("j", "s", "s2", "m");
        MovesDiagram.Node seniorNode = diagram.nodes().get(1);
        MovesDiagram.Node managerNode = diagram.nodes().get(3);
        assertThat(managerNode.x() - seniorNode.x()).isEqualTo(MovesDiagram.COLUMN_WIDTH);
        assertThat(managerNode.y()).isGreaterThan(diagram.nodes().get(2).y());
        assertThat(diagram.edges()).extracting(MovesDiagram.Edge::kind).containsExactly("next", "next", "lateral");
        assertThat(diagram.edges().get(2).path()).startsWith("M " + (seniorNode.x() + MovesDiagram.NODE_WIDTH));
        assertThat(diagram.width()).isGreaterThanOrEqualTo(managerNode.x() + MovesDiagram.NODE_WIDTH);
    }

    @Test
    void neighbouringRolesSitInALastBandUnderTheLevelTheyAreEnteredFrom() {
        Level junior = level(1, "junior", "ic", 1);
        Level senior = level(2, "senior", "ic", 2);
        Ladder ladder = new Ladder(List.of(new Track(0L, "ic", "IC", "", null, List.of(junior, senior))));
        Role s = role(1, "s", senior);
        Role n = neighbour(2, "n", senior);

        MovesDiagram diagram =
                MovesDiagram.of(List.of(s, n), List.of(new MoveBetween("s", "S", "n", "N", "lateral", "")), ladder);

        MovesDiagram.Node seniorNode = diagram.nodes().get(0);
        MovesDiagram.Node neighbourNode = diagram.nodes().get(1);
        assertThat(neighbourNode.x()).isEqualTo(seniorNode.x());
        assertThat(neighbourNode.y()).isGreaterThan(seniorNode.y());
        assertThat(diagram.labels()).extracting(MovesDiagram.Label::text).contains("Often entered from senior");
    }

    @Test
    void longTitlesBreakIntoTwoLines() {
        MovesDiagram.Node node = new MovesDiagram.Node("x", "Senior ML Engineering Manager", 0, 0);
        assertThat(node.lines()).containsExactly("Senior ML", "Engineering Manager");
    }
}
