package org.careerpath.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerpath.levels.Level;
import org.careerpath.skills.CareerModel;
import org.careerpath.skills.ComparisonRow;

/**
 * The estimate rule worked through on the model itself: someone rated exactly at one level's
 * expectations, then raised on the next level's defining dimensions, then one step short on one of them.
 */
record WorkedExample(
        Level from,
        Level to,
        List<ComparisonRow> defining,
        int dimensions,
        String atFrom,
        String raised,
        String oneShort,
        ComparisonRow shortOn) {

    static Optional<WorkedExample> of(CareerModel model, Level from, Level to) {
        Map<Long, Integer> exactly = new LinkedHashMap<>(model.expectedByLevel().get(from.id()));
        List<ComparisonRow> rising = model.compare(from.id(), to.id()).rising();
        if (rising.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, Integer> raised = new LinkedHashMap<>(exactly);
        rising.forEach(r -> raised.put(r.to().dimensionId(), r.to().value()));
        Map<Long, Integer> oneShort = new LinkedHashMap<>(raised);
        ComparisonRow first = rising.get(0);
        oneShort.put(first.to().dimensionId(), first.to().value() - 1);
        List<Level> track = model.ladder().track(to.trackSlug());
        return Optional.of(new WorkedExample(
                from,
                to,
                rising,
                exactly.size(),
                name(model, track, exactly),
                name(model, track, raised),
                name(model, track, oneShort),
                first));
    }

    private static String name(CareerModel model, List<Level> track, Map<Long, Integer> ratings) {
        return Scoring.estimate(track, model, ratings)
                .flatMap(m -> model.ladder().byId(m.levelId()))
                .map(Level::name)
                .orElse("below " + track.get(0).name());
    }
}
