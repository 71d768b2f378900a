package org.careerpath.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.careerpath.assessment.AssessmentResult.CategoryReadiness;
import org.careerpath.assessment.AssessmentResult.Change;
import org.careerpath.assessment.AssessmentResult.Gap;
import org.careerpath.assessment.AssessmentResult.Rated;
import org.careerpath.assessment.AssessmentStore.Stored;
import org.careerpath.certifications.CertificationService;
import org.careerpath.certifications.CertificationViews.Certification;
import org.careerpath.levels.Ladder;
import org.careerpath.levels.LevelService;
import org.careerpath.levels.LevelSummary;
import org.careerpath.salaries.SalaryService;
import org.careerpath.skills.SkillService;
import org.careerpath.skills.SkillViews.Expectation;
import org.careerpath.skills.SkillViews.Proficiency;
import org.careerpath.skills.SkillViews.Skill;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Takes assessments, scores them and turns the gaps into a checklist. */
@Service
public class AssessmentService {

    private final AssessmentStore store;
    private final SkillService skills;
    private final LevelService levels;
    private final CertificationService certifications;
    private final SalaryService salaries;

    AssessmentService(
            AssessmentStore store,
            SkillService skills,
            LevelService levels,
            CertificationService certifications,
            SalaryService salaries) {
        this.store = store;
        this.skills = skills;
        this.levels = levels;
        this.certifications = certifications;
        this.salaries = salaries;
    }

    List<Skill> allSkills() {
        return skills.catalogue().stream().flatMap(c -> c.skills().stream()).toList();
    }

    /** Stores a valid submission; returns the new token. */
    String create(Submission submission) {
        Ladder ladder = levels.load();
        long target = ladder.bySlug(submission.target()).orElseThrow().id();
        return store.create(target, submission.label(), submission.yearsValue(), ratingsById(submission));
    }

    /** Stores a valid submission as a new revision of an existing assessment. */
    void revise(Stored stored, Submission submission) {
        Ladder ladder = levels.load();
        long target = ladder.bySlug(submission.target()).orElseThrow().id();
        Map<Long, Integer> ratings = ratingsById(submission);
        Map<Long, Integer> expected = expectations().get(target);
        Set<Long> stillGaps = expected.entrySet().stream()
                .filter(e -> ratings.getOrDefault(e.getKey(), 0) < e.getValue())
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        store.revise(stored.id(), target, submission.label(), submission.yearsValue(), ratings, stillGaps);
    }

    Optional<Stored> find(String token) {
        return store.find(token);
    }

    /** Ticks or unticks a checklist item; only skills that are gaps now can be ticked. */
    boolean tick(Stored stored, String skillSlug, boolean done) {
        Map<Long, Integer> atTarget = expectations().get(stored.latest().targetLevelId());
        Optional<Long> gap = allSkills().stream()
                .filter(s -> s.slug().equals(skillSlug))
                .map(Skill::id)
                .filter(id -> stored.ratings().getOrDefault(id, 0) < atTarget.get(id))
                .findFirst();
        gap.ifPresent(id -> store.tick(stored.id(), id, done));
        return gap.isPresent();
    }

    boolean delete(String token) {
        return store.delete(token);
    }

    /** The form's answers for an existing assessment, for "Update my answers". */
    Submission prefill(Stored stored) {
        Map<Long, String> slugs = allSkills().stream().collect(Collectors.toMap(Skill::id, Skill::slug));
        Map<String, String> ratings = new LinkedHashMap<>();
        stored.ratings().forEach((skill, rating) -> ratings.put(slugs.get(skill), Integer.toString(rating)));
        BigDecimal years = stored.latest().yearsExperience();
        return new Submission(
                stored.latest().targetSlug(),
                stored.latest().label() == null ? "" : stored.latest().label(),
                years == null ? "" : years.stripTrailingZeros().toPlainString(),
                ratings,
                Map.of(),
                false);
    }

    private Map<Long, Integer> ratingsById(Submission submission) {
        Map<String, Long> ids = allSkills().stream().collect(Collectors.toMap(Skill::slug, Skill::id));
        Map<Long, Integer> ratings = new LinkedHashMap<>();
        submission.ratings().forEach((slug, value) -> ratings.put(ids.get(slug), Integer.valueOf(value)));
        return ratings;
    }

    /** level id -> skill id -> expected proficiency, from one query. */
    private Map<Long, Map<Long, Integer>> expectations() {
        Map<Long, Map<Long, Integer>> byLevel = new HashMap<>();
        for (Expectation e : skills.matrix()) {
            byLevel.computeIfAbsent(e.levelId(), k -> new LinkedHashMap<>()).put(e.skillId(), e.proficiency());
        }
        return byLevel;
    }

    @Transactional(readOnly = true)
    AssessmentResult result(Stored stored) {
        Ladder ladder = levels.load();
        Map<Long, Map<Long, Integer>> expected = expectations();
        Map<Integer, String> scale =
                skills.scale().stream().collect(Collectors.toMap(Proficiency::value, Proficiency::name));
        List<Skill> skillList = allSkills();
        LevelSummary target = ladder.levels().stream()
                .filter(l -> l.id() == stored.latest().targetLevelId())
                .findFirst()
                .orElseThrow();
        List<LevelSummary> track = ladder.levels().stream()
                .filter(l -> l.trackSlug().equals(target.trackSlug()))
                .toList();
        Map<Long, Integer> ratings = stored.ratings();
        Optional<Scoring.Fit> estimate =
                Scoring.estimate(track.stream().map(LevelSummary::id).toList(), expected, ratings);
        LevelSummary estimated = estimate.flatMap(fit ->
                        track.stream().filter(l -> l.id() == fit.levelId()).findFirst())
                .orElse(null);
        Map<Long, Integer> atTarget = expected.get(target.id());
        Scoring.Fit targetFit = Scoring.fit(target.id(), atTarget, ratings);

        // readiness by category, in catalogue order
        Map<String, List<Skill>> byCategory = new LinkedHashMap<>();
        skillList.forEach(s -> byCategory
                .computeIfAbsent(s.categorySlug(), k -> new ArrayList<>())
                .add(s));
        List<CategoryReadiness> readiness = new ArrayList<>();
        for (var entry : byCategory.entrySet()) {
            List<Skill> inCategory = entry.getValue();
            int met = (int) inCategory.stream()
                    .filter(s -> ratings.getOrDefault(s.id(), 0) >= atTarget.get(s.id()))
                    .count();
            double avgRating = inCategory.stream()
                    .mapToInt(s -> ratings.getOrDefault(s.id(), 0))
                    .average()
                    .orElse(0);
            double avgExpected = inCategory.stream()
                    .mapToInt(s -> atTarget.get(s.id()))
                    .average()
                    .orElse(0);
            readiness.add(new CategoryReadiness(
                    entry.getKey(), inCategory.get(0).categoryName(), met, inCategory.size(), avgRating, avgExpected));
        }

        // gaps: largest first, then the higher expectation, then catalogue order
        List<Skill> gapSkills = skillList.stream()
                .filter(s -> ratings.getOrDefault(s.id(), 0) < atTarget.get(s.id()))
                .sorted(Comparator.comparingInt((Skill s) -> atTarget.get(s.id()) - ratings.getOrDefault(s.id(), 0))
                        .reversed()
                        .thenComparing(s -> atTarget.get(s.id()), Comparator.reverseOrder()))
                .toList();
        Map<Long, List<Certification>> certs =
                certifications.coveringSkills(gapSkills.stream().map(Skill::id).toList());
        List<Gap> gaps = gapSkills.stream()
                .map(s -> new Gap(
                        s.id(),
                        s.slug(),
                        s.name(),
                        s.categoryName(),
                        atTarget.get(s.id()),
                        scale.get(atTarget.get(s.id())),
                        ratings.getOrDefault(s.id(), 0),
                        scale.get(ratings.getOrDefault(s.id(), 0)),
                        s.growthAdvice(),
                        certs.getOrDefault(s.id(), List.of()),
                        stored.ticked().contains(s.id())))
                .toList();
        int ticked = (int) gaps.stream().filter(Gap::ticked).count();

        // what changed since the previous revision
        List<Change> changes = new ArrayList<>();
        List<String> closed = new ArrayList<>();
        if (stored.previous() != null) {
            Map<Long, Integer> before = stored.previousRatings();
            Map<Long, Integer> previousTarget = expected.get(stored.previous().targetLevelId());
            for (Skill s : skillList) {
                int was = before.getOrDefault(s.id(), 0);
                int now = ratings.getOrDefault(s.id(), 0);
                if (was != now) {
                    changes.add(new Change(s.slug(), s.name(), was, now));
                }
                if (was < previousTarget.get(s.id()) && now >= atTarget.get(s.id())) {
                    closed.add(s.name());
                }
            }
        }
        List<Rated> rated = skillList.stream()
                .map(s -> new Rated(
                        s.slug(), s.name(), s.categoryName(), ratings.getOrDefault(s.id(), 0), atTarget.get(s.id())))
                .toList();
        return new AssessmentResult(
                stored.token(),
                stored.latest().number(),
                stored.latest().label(),
                stored.latest().yearsExperience(),
                stored.latest().createdAt(),
                target,
                estimated,
                track.get(0),
                estimate.orElse(null),
                targetFit,
                readiness,
                gaps,
                ticked,
                changes,
                closed,
                estimated == null ? List.of() : salaries.bandsForLevel(estimated.id()),
                salaries.bandsForLevel(target.id()),
                rated);
    }
}
