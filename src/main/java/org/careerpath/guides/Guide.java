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

    /** This guide with other words for its role and its overview, for an editor's preview. */
    public Guide withText(Role newRole, String newOverview, String newDayInWork, LocalDate newLastReviewed) {
        return new Guide(
                newRole,
                newOverview,
                newDayInWork,
                newLastReviewed,
                responsibilities,
                skills,
                toolsByCategory,
                interview,
                challenges,
                skillGaps,
                faq,
                sources,
                nextMoves,
                lateralMoves);
    }

    /** This guide with one entry, wherever it is, replaced by another, for an editor's preview. */
    public Guide replacing(GuideEntry before, GuideEntry after) {
        java.util.function.UnaryOperator<List<GuideEntry>> swap =
                list -> list.stream().map(e -> e.equals(before) ? after : e).toList();
        Map<String, List<GuideEntry>> tools = new java.util.LinkedHashMap<>();
        toolsByCategory.forEach((category, entries) -> tools.put(category, swap.apply(entries)));
        return new Guide(
                role,
                overview,
                dayInWork,
                lastReviewed,
                swap.apply(responsibilities),
                swap.apply(skills),
                tools,
                interview.stream()
                        .map(g -> new InterviewGroup(g.kind(), g.heading(), swap.apply(g.questions())))
                        .toList(),
                swap.apply(challenges),
                swap.apply(skillGaps),
                swap.apply(faq),
                sources,
                nextMoves,
                lateralMoves);
    }

    /** This guide with an entry added at the end of a section, for an editor's preview of a new entry. */
    public Guide adding(String section, GuideEntry entry) {
        java.util.function.BiFunction<String, List<GuideEntry>, List<GuideEntry>> add = (name, list) -> {
            if (!name.equals(section)) {
                return list;
            }
            List<GuideEntry> more = new java.util.ArrayList<>(list);
            more.add(entry);
            return List.copyOf(more);
        };
        Map<String, List<GuideEntry>> tools = new java.util.LinkedHashMap<>(toolsByCategory);
        if ("tool".equals(section)) {
            tools.merge(entry.category() == null ? "" : entry.category(), List.of(entry), (a, b) -> {
                List<GuideEntry> more = new java.util.ArrayList<>(a);
                more.addAll(b);
                return List.copyOf(more);
            });
        }
        List<InterviewGroup> questions = interview.stream()
                .map(g -> "interview".equals(section) && g.kind().equals(entry.category())
                        ? new InterviewGroup(g.kind(), g.heading(), add.apply("interview", g.questions()))
                        : g)
                .toList();
        return new Guide(
                role,
                overview,
                dayInWork,
                lastReviewed,
                add.apply("responsibility", responsibilities),
                add.apply("skill", skills),
                tools,
                questions,
                add.apply("challenge", challenges),
                add.apply("skill-gap", skillGaps),
                add.apply("faq", faq),
                sources,
                nextMoves,
                lateralMoves);
    }

    /** Every interview question, whatever its kind. */
    public int questionCount() {
        return interview.stream().mapToInt(g -> g.questions().size()).sum();
    }
}
