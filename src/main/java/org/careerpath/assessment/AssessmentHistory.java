package org.careerpath.assessment;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careerpath.levels.Level;
import org.careerpath.levels.Track;
import org.careerpath.skills.CareerModel;

/**
 * Every revision of an assessment as a timeline: readiness for the target at each one (judged against
 * today's expectations, so the points compare), the estimate on the target's track, and what changed.
 * Pure, and drawn as a chart by the server: the page needs no script.
 */
record AssessmentHistory(List<Point> points) {

    static final int WIDTH = 640;
    static final int HEIGHT = 230;
    static final int LEFT = 48;
    static final int RIGHT = 620;
    static final int TOP = 16;
    static final int BOTTOM = 186;
    static final int MAX_LABELS = 12;

    static AssessmentHistory of(List<Revision> revisions, CareerModel model) {
        List<Point> points = new ArrayList<>();
        Revision previous = null;
        for (Revision revision : revisions) {
            Optional<Level> found = model.ladder().byId(revision.targetLevelId());
            if (found.isEmpty()) {
                continue;
            }
            Level target = found.get();
            LevelMatch match = Scoring.match(target, model, revision.ratings());
            Track track = model.ladder().tracks().stream()
                    .filter(t -> t.slug().equals(target.trackSlug()))
                    .findFirst()
                    .orElseThrow();
            Level estimated = Scoring.estimate(track.levels(), model, revision.ratings())
                    .flatMap(m -> model.ladder().byId(m.levelId()))
                    .orElse(null);
            Level previousTarget = previous == null || previous.targetLevelId() == revision.targetLevelId()
                    ? null
                    : model.ladder().byId(previous.targetLevelId()).orElse(null);
            points.add(new Point(
                    revision.number(),
                    revision.createdAt(),
                    revision.label(),
                    target,
                    match,
                    estimated,
                    revision.unsure().size(),
                    previous == null ? List.of() : AssessmentResults.changes(previous, revision, model),
                    previousTarget));
            previous = revision;
        }
        return new AssessmentHistory(List.copyOf(points));
    }

    /**
     * One revision on the timeline.
     *
     * @param match how its answers fit its target
     * @param estimated the estimate on the target's track, or null
     * @param previousTarget the target before, when this revision changed it
     */
    record Point(
            int number,
            OffsetDateTime savedAt,
            String label,
            Level target,
            LevelMatch match,
            Level estimated,
            int unsure,
            List<RatingChange> changes,
            Level previousTarget) {}

    /** A point placed on the chart. */
    record Dot(int number, int x, int metY, int definingY, int percent, int definingPercent, boolean labelled) {}

    public List<Dot> dots() {
        List<Dot> dots = new ArrayList<>();
        int n = points.size();
        int every = Math.max(1, (int) Math.ceil(n / (double) MAX_LABELS));
        for (int i = 0; i < n; i++) {
            Point p = points.get(i);
            int x = n == 1 ? (LEFT + RIGHT) / 2 : LEFT + 12 + Math.round(i * (RIGHT - LEFT - 24) / (float) (n - 1));
            dots.add(new Dot(
                    p.number(),
                    x,
                    y(p.match().percent()),
                    y(p.match().definingPercent()),
                    p.match().percent(),
                    p.match().definingPercent(),
                    i % every == 0 || i == n - 1));
        }
        return dots;
    }

    /** The "points" attribute of a polyline through the share of dimensions met. */
    public String metLine() {
        return String.join(" ", dots().stream().map(d -> d.x() + "," + d.metY()).toList());
    }

    public String definingLine() {
        return String.join(
                " ", dots().stream().map(d -> d.x() + "," + d.definingY()).toList());
    }

    /** A horizontal grid line of the chart. */
    record GridLine(int percent, int y) {}

    /** Horizontal grid lines at 0, 25, 50, 75 and 100%. */
    public List<GridLine> grid() {
        return List.of(0, 25, 50, 75, 100).stream()
                .map(p -> new GridLine(p, y(p)))
                .toList();
    }

    /** The revisions, latest first, for the timeline of changes. */
    public List<Point> newestFirst() {
        List<Point> reversed = new ArrayList<>(points);
        java.util.Collections.reverse(reversed);
        return reversed;
    }

    static int y(int percent) {
        return BOTTOM - Math.round(percent * (BOTTOM - TOP) / 100f);
    }

    public Point latest() {
        return points.get(points.size() - 1);
    }
}
