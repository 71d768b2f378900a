package org.careerpath.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.careerpath.certifications.Certification;
import org.careerpath.certifications.Certifications;
import org.careerpath.levels.Ladder;
import org.careerpath.levels.Level;
import org.careerpath.levels.Track;
import org.careerpath.salaries.Salaries;
import org.careerpath.skills.CareerModel;
import org.careerpath.skills.Dimension;
import org.careerpath.skills.DimensionCategory;
import org.careerpath.skills.Expectation;

/**
 * Works out the results of an assessment: where the person stands on each track, readiness for the
 * target, the gaps in the order that matters for the target (the dimensions that define it first) with
 * advice for the step each one faces, and what changed since the previous revision. Pure: everything it
 * needs is passed in, so it is tested without Spring or a database.
 */
final class AssessmentResults {

    /** How many gaps are highlighted as the ones to focus on next. */
    static final int FOCUS = 3;

    private AssessmentResults() {}

    static AssessmentResult of(
            StoredAssessment stored, CareerModel model, Certifications certifications, Salaries salaries) {
        Ladder ladder = model.ladder();
        Revision latest = stored.latest();
        Level target = ladder.byId(latest.targetLevelId()).orElseThrow();
        Map<Long, Integer> ratings = latest.ratings();
        List<TrackEstimate> estimates = ladder.tracks().stream()
                .map(track -> estimate(track, model, ratings))
                .toList();
        TrackEstimate onTrack = estimates.stream()
                .filter(e -> e.trackSlug().equals(target.trackSlug()))
                .findFirst()
                .orElseThrow();
        LevelMatch targetMatch = Scoring.match(target, model, ratings);
        List<DimensionGap> gaps = gaps(model, certifications, stored, target, onTrack.estimated());
        Level estimated = onTrack.estimated();
        return new AssessmentResult(
                latest.number(),
                latest.label(),
                latest.yearsExperience(),
                latest.createdAt(),
                target,
                estimates,
                targetMatch,
                readiness(model, ratings, target),
                gaps,
                model.dimensions().stream()
                        .filter(d ->
                                !ratings.containsKey(d.id()) && !latest.unsure().contains(d.id()))
                        .toList(),
                model.dimensions().stream()
                        .filter(d -> latest.unsure().contains(d.id()))
                        .toList(),
                (int) gaps.stream().filter(DimensionGap::ticked).count(),
                changes(stored, model),
                closedGaps(stored, model, target),
                estimated == null ? null : salaries.pay(estimated.id()),
                salaries.pay(target.id()),
                rated(model, latest, target),
                stored.opinions().stream()
                        .map(o -> mentor(o, latest, model, target))
                        .toList());
    }

    /** Self and mentor side by side on every dimension the mentor answered, in catalogue order. */
    static MentorComparison mentor(MentorOpinion opinion, Revision latest, CareerModel model, Level target) {
        Map<Long, Integer> atTarget = model.expectedByLevel().getOrDefault(target.id(), Map.of());
        List<MentorComparison.Row> rows = new ArrayList<>();
        for (Dimension d : model.allDimensions()) {
            MentorAnswer answer = opinion.answers().get(d.id());
            if (answer == null) {
                continue;
            }
            rows.add(new MentorComparison.Row(
                    d,
                    latest.ratings().get(d.id()),
                    latest.unsure().contains(d.id()),
                    answer.rating(),
                    answer.comment(),
                    d.retired() ? null : atTarget.get(d.id())));
        }
        return new MentorComparison(opinion, latest.number(), rows);
    }

    static TrackEstimate estimate(Track track, CareerModel model, Map<Long, Integer> ratings) {
        Optional<LevelMatch> best = Scoring.estimate(track.levels(), model, ratings);
        Level first = track.levels().get(0);
        return new TrackEstimate(
                track.slug(),
                track.name(),
                best.flatMap(m -> model.ladder().byId(m.levelId())).orElse(null),
                first,
                best.orElse(null),
                Scoring.match(first, model, ratings).enoughAnswers());
    }

    /** Readiness by category over the rated dimensions, in catalogue order. */
    static List<CategoryReadiness> readiness(CareerModel model, Map<Long, Integer> ratings, Level target) {
        Map<Long, Integer> atTarget = model.expectedByLevel().getOrDefault(target.id(), Map.of());
        List<CategoryReadiness> readiness = new ArrayList<>();
        for (DimensionCategory category : model.categories()) {
            List<Dimension> rated = category.dimensions().stream()
                    .filter(d -> ratings.containsKey(d.id()) && atTarget.containsKey(d.id()))
                    .toList();
            int met = (int) rated.stream()
                    .filter(d -> ratings.get(d.id()) >= atTarget.get(d.id()))
                    .count();
            double avgRating =
                    rated.stream().mapToInt(d -> ratings.get(d.id())).average().orElse(0);
            double avgExpected = category.dimensions().stream()
                    .filter(d -> atTarget.containsKey(d.id()))
                    .mapToInt(d -> atTarget.get(d.id()))
                    .average()
                    .orElse(0);
            int maxStep = category.dimensions().get(0).maxStep();
            readiness.add(new CategoryReadiness(
                    category.slug(),
                    category.name(),
                    met,
                    rated.size(),
                    category.dimensions().size(),
                    avgRating,
                    avgExpected,
                    maxStep));
        }
        return readiness;
    }

    /**
     * The gaps against the target, in the order that matters: first the dimensions the target expects more
     * of than the estimated level (what defines the step), then the larger gaps, then catalogue order. The
     * first three are the ones to focus on next.
     */
    static List<DimensionGap> gaps(
            CareerModel model, Certifications certifications, StoredAssessment stored, Level target, Level estimated) {
        Map<Long, Integer> ratings = stored.latest().ratings();
        Set<Long> defining = definingBetween(model, estimated, target);
        List<DimensionGap> gaps = new ArrayList<>();
        for (Dimension d : model.dimensions()) {
            Integer rating = ratings.get(d.id());
            Optional<Expectation> expected = model.expectation(target.id(), d.id());
            if (rating == null || expected.isEmpty() || rating >= expected.get().value()) {
                continue;
            }
            gaps.add(new DimensionGap(
                    d,
                    expected.get(),
                    model.step(d.id(), rating),
                    model.step(d.id(), rating + 1),
                    model.advice(d.id(), rating + 1).orElse(null),
                    defining.contains(d.id()),
                    suggestable(certifications.coveringSkill(d.id())),
                    certifications.coveringSkill(d.id()).stream()
                            .filter(Certification::retired)
                            .toList(),
                    stored.ticked().contains(d.id()),
                    null));
        }
        List<Dimension> order = model.dimensions();
        gaps.sort(Comparator.comparing((DimensionGap g) -> !g.defining())
                .thenComparing(DimensionGap::size, Comparator.reverseOrder())
                .thenComparingInt(g -> order.indexOf(g.dimension())));
        for (int i = 0; i < Math.min(FOCUS, gaps.size()); i++) {
            DimensionGap g = gaps.get(i);
            gaps.set(i, g.withFocus(focusReason(g, target, estimated)));
        }
        return gaps;
    }

    /**
     * What the target expects more of than the estimated level; with no estimate on the target's track,
     * what defines the target itself.
     */
    static Set<Long> definingBetween(CareerModel model, Level estimated, Level target) {
        if (estimated == null || estimated.id() == target.id()) {
            return model.defining(target);
        }
        Map<Long, Integer> from = model.expectedByLevel().getOrDefault(estimated.id(), Map.of());
        Map<Long, Integer> to = model.expectedByLevel().getOrDefault(target.id(), Map.of());
        Set<Long> rising = new java.util.LinkedHashSet<>();
        to.forEach((d, value) -> {
            if (value > from.getOrDefault(d, 0)) {
                rising.add(d);
            }
        });
        return rising;
    }

    private static String focusReason(DimensionGap g, Level target, Level estimated) {
        if (g.defining()) {
            return estimated == null || estimated.id() == target.id()
                    ? target.name() + " is defined by more of this than the level below it."
                    : target.name() + " expects more of this than " + estimated.name()
                            + ", your estimated level: it is part of what the step is about.";
        }
        return "One of your largest gaps against " + target.name() + " (" + g.size() + " step"
                + (g.size() == 1 ? "" : "s") + ").";
    }

    /** Only certifications still offered: active ones, and retiring ones (shown with their end date). */
    static List<Certification> suggestable(List<Certification> covering) {
        return covering.stream().filter(c -> !c.retired()).toList();
    }

    static List<RatedDimension> rated(CareerModel model, Revision revision, Level target) {
        Map<Long, Integer> atTarget = model.expectedByLevel().getOrDefault(target.id(), Map.of());
        Map<Long, Integer> ratings = revision.ratings();
        List<RatedDimension> rated = new ArrayList<>();
        for (Dimension d : model.allDimensions()) {
            boolean unsure = revision.unsure().contains(d.id());
            if (d.retired() && !ratings.containsKey(d.id()) && !unsure) {
                continue;
            }
            Integer rating = ratings.get(d.id());
            rated.add(new RatedDimension(
                    d,
                    rating,
                    unsure,
                    rating != null ? model.step(d.id(), rating).label() : unsure ? "not sure" : "not rated",
                    d.retired() ? null : atTarget.get(d.id())));
        }
        return rated;
    }

    static List<RatingChange> changes(StoredAssessment stored, CareerModel model) {
        return stored.previous() == null ? List.of() : changes(stored.previous(), stored.latest(), model);
    }

    /** Every dimension whose answer differs between two revisions (a retired one only while it was rated). */
    static List<RatingChange> changes(Revision was, Revision now, CareerModel model) {
        List<RatingChange> changes = new ArrayList<>();
        for (Dimension d : model.allDimensions()) {
            boolean dropped = d.retired()
                    && !now.ratings().containsKey(d.id())
                    && !now.unsure().contains(d.id());
            if (RatingChange.differs(was, now, d.id()) && !dropped) {
                changes.add(RatingChange.between(d.slug(), d.name(), was, now, d.id()));
            }
        }
        return changes;
    }

    /** Dimensions that were a gap against the previous target and are met against the current one. */
    static List<String> closedGaps(StoredAssessment stored, CareerModel model, Level target) {
        if (stored.previous() == null) {
            return List.of();
        }
        Map<Long, Integer> before =
                model.expectedByLevel().getOrDefault(stored.previous().targetLevelId(), Map.of());
        Map<Long, Integer> now = model.expectedByLevel().getOrDefault(target.id(), Map.of());
        List<String> closed = new ArrayList<>();
        for (Dimension d : model.dimensions()) {
            Integer was = stored.previous().ratings().get(d.id());
            Integer is = stored.latest().ratings().get(d.id());
            if (was != null
                    && is != null
                    && before.containsKey(d.id())
                    && now.containsKey(d.id())
                    && was < before.get(d.id())
                    && is >= now.get(d.id())) {
                closed.add(d.name());
            }
        }
        return closed;
    }

    /** Level id to the target's expectations, for callers that tick checklist items. */
    static Map<Long, Integer> expectations(CareerModel model, long levelId) {
        return new LinkedHashMap<>(model.expectedByLevel().getOrDefault(levelId, Map.of()));
    }
}
