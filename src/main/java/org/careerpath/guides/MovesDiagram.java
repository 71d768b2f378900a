package org.careerpath.guides;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careerpath.levels.Ladder;
import org.careerpath.levels.Level;

/**
 * Lays out the role-move graph for an inline SVG drawn on the server. Each track is a horizontal band,
 * and the neighbouring roles a last band, each under the level people usually enter it from;
 * a level's column is its rank, shifted for a track that branches off another, so that Senior's moves into
 * the manager track point one column to the right, like its move to Staff. Roles of a level stack in its
 * column; each move is a curved arrow.
 */
record MovesDiagram(int width, int height, List<Label> labels, List<Node> nodes, List<Edge> edges) {

    static final int COLUMN_WIDTH = 200;
    static final int NODE_WIDTH = 160;
    static final int NODE_HEIGHT = 44;
    static final int ROW_HEIGHT = 60;
    static final int LABEL_HEIGHT = 28;
    static final int BAND_GAP = 24;
    static final int MARGIN = 10;

    record Label(String text, int x, int y) {}

    record Node(String slug, String title, int x, int y) {

        public int centreY() {
            return y + NODE_HEIGHT / 2;
        }

        /** The title in at most two lines that fit the box. */
        public List<String> lines() {
            if (title.length() <= 20) {
                return List.of(title);
            }
            int split = title.lastIndexOf(' ', 20);
            return split < 0 ? List.of(title) : List.of(title.substring(0, split), title.substring(split + 1));
        }
    }

    record Edge(String fromSlug, String toSlug, String kind, String path, String label) {}

    static MovesDiagram of(List<Role> roles, List<MoveBetween> moves, Ladder ladder) {
        // track (or the neighbouring roles) -> level -> roles, in ladder order
        Map<String, Map<Long, List<Role>>> tracks = new LinkedHashMap<>();
        for (Role role : roles) {
            tracks.computeIfAbsent(role.group(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(role.placement().id(), k -> new ArrayList<>())
                    .add(role);
        }
        List<Label> labels = new ArrayList<>();
        Map<String, Node> nodes = new LinkedHashMap<>();
        int top = MARGIN;
        int widest = 0;
        for (var track : tracks.entrySet()) {
            int rows = 0;
            for (List<Role> level : track.getValue().values()) {
                Level placement = level.get(0).placement();
                int column = ladder.offset(placement.trackSlug()) + placement.rankInTrack() - 1;
                int x = MARGIN + column * COLUMN_WIDTH;
                labels.add(new Label(
                        level.get(0).onLadder() ? placement.name() : "Often entered from " + placement.shortName(),
                        x,
                        top + 16));
                for (int row = 0; row < level.size(); row++) {
                    Role role = level.get(row);
                    nodes.put(
                            role.slug(), new Node(role.slug(), role.title(), x, top + LABEL_HEIGHT + row * ROW_HEIGHT));
                }
                rows = Math.max(rows, level.size());
                widest = Math.max(widest, x + NODE_WIDTH + MARGIN + 30);
            }
            top += LABEL_HEIGHT + rows * ROW_HEIGHT + BAND_GAP;
        }
        List<Edge> edges = moves.stream()
                .map(move -> edge(nodes.get(move.fromSlug()), nodes.get(move.toSlug()), move))
                .toList();
        return new MovesDiagram(widest, top, labels, List.copyOf(nodes.values()), edges);
    }

    private static Edge edge(Node from, Node to, MoveBetween move) {
        String path;
        if (from.x() == to.x()) {
            // same column: a loop through the gutter, right when going down, left when going up
            boolean down = to.y() > from.y();
            int x = down ? from.x() + NODE_WIDTH : from.x();
            int bend = down ? x + 28 : x - 28;
            path = curve(x, from.centreY(), bend, from.centreY(), bend, to.centreY(), x, to.centreY());
        } else if (from.x() < to.x()) {
            int x1 = from.x() + NODE_WIDTH;
            int x2 = to.x();
            int mid = (x1 + x2) / 2;
            path = curve(x1, from.centreY(), mid, from.centreY(), mid, to.centreY(), x2, to.centreY());
        } else {
            int x1 = from.x();
            int x2 = to.x() + NODE_WIDTH;
            int mid = (x1 + x2) / 2;
            path = curve(x1, from.centreY(), mid, from.centreY(), mid, to.centreY(), x2, to.centreY());
        }
        String label =
                from.title() + " to " + to.title() + ("next".equals(move.kind()) ? " (next role)" : " (lateral move)");
        return new Edge(from.slug(), to.slug(), move.kind(), path, label);
    }

    private static String curve(int x1, int y1, int c1x, int c1y, int c2x, int c2y, int x2, int y2) {
        return "M %d %d C %d %d, %d %d, %d %d".formatted(x1, y1, c1x, c1y, c2x, c2y, x2, y2);
    }
}
