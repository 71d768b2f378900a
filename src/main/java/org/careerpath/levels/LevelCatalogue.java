package org.careerpath.levels;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careerpath.sources.SourceCatalogue;
import org.careerpath.sources.Sources;
import org.careerpath.web.ContentSnapshots;
import org.springframework.stereotype.Service;

/** The levels module's published API: the career ladder, with what each source says about each level. */
@Service
public class LevelCatalogue {

    private final ContentSnapshots snapshots;

    private final CareerLevelRepository levels;
    private final LevelFactRepository facts;
    private final SourceCatalogue sources;

    LevelCatalogue(
            CareerLevelRepository levels,
            LevelFactRepository facts,
            SourceCatalogue sources,
            ContentSnapshots snapshots) {
        this.snapshots = snapshots;
        this.levels = levels;
        this.facts = facts;
        this.sources = sources;
    }

    /** The tracks in order, each with its levels in rank order, and every level's facts. */
    public Ladder ladder() {
        return snapshots.get("levels.ladder", this::ladderNow);
    }

    private Ladder ladderNow() {
        Sources citable = sources.load();
        Map<Long, List<LevelFact>> factsByLevel = new LinkedHashMap<>();
        facts.findAllByOrderByLevelIdAscKindAscPositionAsc()
                .forEach(f -> factsByLevel
                        .computeIfAbsent(f.getLevelId(), k -> new ArrayList<>())
                        .add(f.toFact(citable)));
        List<CareerLevel> all = levels.findAllByOrderByTrackPositionAscRankInTrackAsc();
        Map<Long, String> slugById = new LinkedHashMap<>();
        Map<CareerTrack, List<Level>> byTrack = new LinkedHashMap<>();
        for (CareerLevel row : all) {
            Level level = row.toLevel(citable, factsByLevel.getOrDefault(row.getId(), List.of()));
            slugById.put(level.id(), level.slug());
            byTrack.computeIfAbsent(row.getTrack(), t -> new ArrayList<>()).add(level);
        }
        return new Ladder(byTrack.entrySet().stream()
                .map(e -> new Track(
                        e.getKey().getId(),
                        e.getKey().getSlug(),
                        e.getKey().getName(),
                        e.getKey().getDescription(),
                        slugById.get(e.getKey().getBranchesFromLevelId()),
                        List.copyOf(e.getValue())))
                .toList());
    }
}
