package org.careerpath.guides;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A role's career guide, section by section. */
public record Guide(
        RoleAtLevel role,
        String overview,
        String dayInWork,
        LocalDate lastReviewed,
        List<GuideEntry> responsibilities,
        Map<String, List<GuideEntry>> toolsByCategory,
        List<InterviewGroup> interview,
        List<GuideEntry> challenges,
        List<GuideEntry> skillGaps,
        List<GuideEntry> faq,
        List<GuideEntry> sources,
        List<Move> nextMoves,
        List<Move> lateralMoves) {

    public boolean written() {
        return overview != null;
    }
}
