package org.careerpath.guides;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A role's career guide, section by section. */
public record Guide(
        Role role,
        String overview,
        String dayInWork,
        LocalDate lastReviewed,
        List<GuideEntry> responsibilities,
        List<GuideEntry> skills,
        Map<String, List<GuideEntry>> toolsByCategory,
        List<InterviewGroup> interview,
        List<GuideEntry> challenges,
        List<GuideEntry> skillGaps,
        List<GuideEntry> faq,
        List<GuideCitation> sources,
        List<Move> nextMoves,
        List<Move> lateralMoves) {

    public boolean written() {
        return overview != null;
    }

    /** Every interview question, whatever its kind. */
    public int questionCount() {
        return interview.stream().mapToInt(g -> g.questions().size()).sum();
    }
}
