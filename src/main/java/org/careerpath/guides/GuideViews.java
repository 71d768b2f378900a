package org.careerpath.guides;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Read models of the guides feature. */
public final class GuideViews {

    private GuideViews() {}

    /** A role with the level it sits at. */
    public record RoleAtLevel(
            long id,
            String slug,
            String title,
            String family,
            String summary,
            String socCode,
            String socTitle,
            long levelId,
            String levelSlug,
            String levelName,
            int yearsMin,
            Short yearsMax,
            String trackSlug,
            String trackName,
            int rankInTrack) {

        public boolean onLadder() {
            return "ladder".equals(family);
        }
    }

    public record TrackRoles(String slug, String name, List<RoleAtLevel> roles) {}

    public record Entry(String category, String heading, String body, String detail) {}

    public record Move(String kind, String slug, String title, String levelName, String note) {}

    /** The interview kinds in the order the guide shows them, with their headings. */
    public static final Map<String, String> INTERVIEW_KINDS = Map.of(
            "ml-system-design", "ML system design",
            "technical-deep-dive", "Technical deep dives",
            "leadership-behaviour", "Leadership and behaviour",
            "coding", "Coding");

    public static final List<String> INTERVIEW_ORDER =
            List.of("ml-system-design", "technical-deep-dive", "leadership-behaviour", "coding");

    public record Guide(
            RoleAtLevel role,
            String overview,
            String dayInWork,
            LocalDate lastReviewed,
            List<Entry> responsibilities,
            Map<String, List<Entry>> toolsByCategory,
            Map<String, List<Entry>> interviewByKind,
            List<Entry> challenges,
            List<Entry> skillGaps,
            List<Entry> faq,
            List<Entry> sources,
            List<Move> nextMoves,
            List<Move> lateralMoves) {

        public boolean written() {
            return overview != null;
        }
    }
}
