package org.careerpath.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerpath.certifications.Certification;
import org.careerpath.certifications.Certifications;
import org.careerpath.levels.Ladder;
import org.careerpath.levels.Level;
import org.careerpath.salaries.Salaries;
import org.careerpath.skills.Skill;
import org.careerpath.skills.Skills;

/**
 * Works out the results of an assessment: the estimated level, readiness for the target by category, the
 * gaps with their advice, and what changed since the previous revision. Pure: everything it needs is
 * passed in, so it is tested without Spring or a database.
 */
final class AssessmentResults {

    private AssessmentResults() {}

    static AssessmentResult of(
            StoredAssessment stored, Skills skills, Certifications certifications, Salaries salaries) {
        Ladder ladder = skills.ladder();
        Map<Long, Map<Long, Integer>> expected = skills.expectedByLevel();
        List<Skill> skillList = skills.all();
        Revision latest = stored.latest();
        Level target = ladder.byId(latest.targetLevelId()).orElseThrow();
        List<Level> track = ladder.track(target.trackSlug());
        Map<Long, Integer> ratings = latest.ratings();
        Optional<LevelFit> estimate =
                Scoring.estimate(track.stream().map(Level::id).toList(), expected, ratings);
        Level estimated = estimate.flatMap(fit -> ladder.byId(fit.levelId())).orElse(null);
        Map<Long, Integer> atTarget = expected.get(target.id());
        List<SkillGap> gaps = gaps(skillList, ratings, atTarget, skills, certifications, stored);

        return new AssessmentResult(
                stored.token(),
                latest.number(),
                latest.label(),
                latest.yearsExperience(),
                latest.createdAt(),
                target,
                estimated,
                track.get(0),
                estimate.orElse(null),
                Scoring.fit(target.id(), atTarget, ratings),
                readiness(skillList, ratings, atTarget),
                gaps,
                (int) gaps.stream().filter(SkillGap::ticked).count(),
                changes(stored, skillList),
                closedGaps(stored, skillList, expected, atTarget),
                estimated == null ? List.of() : salaries.bandsForLevel(estimated.id()),
                salaries.bandsForLevel(target.id()),
                skillList.stream()
                        .map(s -> new RatedSkill(
                                s.slug(), s.name(), s.categoryName(), rating(ratings, s.id()), atTarget.get(s.id())))
                        .toList());
    }

    /** Readiness by category, in catalogue order. */
    static List<CategoryReadiness> readiness(
            List<Skill> skills, Map<Long, Integer> ratings, Map<Long, Integer> atTarget) {
        Map<String, List<Skill>> byCategory = new LinkedHashMap<>();
        skills.forEach(s -> byCategory
                .computeIfAbsent(s.categorySlug(), k -> new ArrayList<>())
                .add(s));
        List<CategoryReadiness> readiness = new ArrayList<>();
        for (var entry : byCategory.entrySet()) {
            List<Skill> inCategory = entry.getValue();
            int met = (int) inCategory.stream()
                    .filter(s -> rating(ratings, s.id()) >= atTarget.get(s.id()))
                    .count();
            double avgRating = inCategory.stream()
                    .mapToInt(s -> rating(ratings, s.id()))
                    .average()
                    .orElse(0);
            double avgExpected = inCategory.stream()
                    .mapToInt(s -> atTarget.get(s.id()))
                    .average()
                    .orElse(0);
            readiness.add(new CategoryReadiness(
                    entry.getKey(), inCategory.get(0).categoryName(), met, inCategory.size(), avgRating, avgExpected));
        }
        return readiness;
    }

    /** Gaps: largest first, then the higher expectation, then catalogue order. */
    static List<SkillGap> gaps(
            List<Skill> skills,
            Map<Long, Integer> ratings,
            Map<Long, Integer> atTarget,
            Skills model,
            Certifications certifications,
            StoredAssessment stored) {
        List<Skill> gapSkills = skills.stream()
                .filter(s -> rating(ratings, s.id()) < atTarget.get(s.id()))
                .sorted(Comparator.comparingInt((Skill s) -> atTarget.get(s.id()) - rating(ratings, s.id()))
                        .reversed()
                        .thenComparing(s -> atTarget.get(s.id()), Comparator.reverseOrder()))
                .toList();
        Map<Long, List<Certification>> certs =
                certifications.coveringSkills(gapSkills.stream().map(Skill::id).toList());
        return gapSkills.stream()
                .map(s -> new SkillGap(
                        s.id(),
                        s.slug(),
                        s.name(),
                        s.categoryName(),
                        atTarget.get(s.id()),
                        model.proficiencyName(atTarget.get(s.id())),
                        rating(ratings, s.id()),
                        model.proficiencyName(rating(ratings, s.id())),
                        s.growthAdvice(),
                        certs.getOrDefault(s.id(), List.of()),
                        stored.ticked().contains(s.id())))
                .toList();
    }

    static List<RatingChange> changes(StoredAssessment stored, List<Skill> skills) {
        if (stored.previous() == null) {
            return List.of();
        }
        List<RatingChange> changes = new ArrayList<>();
        for (Skill s : skills) {
            int was = rating(stored.previous().ratings(), s.id());
            int now = rating(stored.latest().ratings(), s.id());
            if (was != now) {
                changes.add(new RatingChange(s.slug(), s.name(), was, now));
            }
        }
        return changes;
    }

    /** Skills that were a gap against the previous target and are met against the current one. */
    static List<String> closedGaps(
            StoredAssessment stored,
            List<Skill> skills,
            Map<Long, Map<Long, Integer>> expected,
            Map<Long, Integer> atTarget) {
        if (stored.previous() == null) {
            return List.of();
        }
        Map<Long, Integer> previousTarget = expected.get(stored.previous().targetLevelId());
        return skills.stream()
                .filter(s -> rating(stored.previous().ratings(), s.id()) < previousTarget.get(s.id())
                        && rating(stored.latest().ratings(), s.id()) >= atTarget.get(s.id()))
                .map(Skill::name)
                .toList();
    }

    private static int rating(Map<Long, Integer> ratings, long skillId) {
        return ratings.getOrDefault(skillId, 0);
    }
}
