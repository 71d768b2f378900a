package org.careerpath.levels;

import java.util.List;

/** A career track with its levels in rank order. */
public record Track(
        long id, String slug, String name, String description, String branchesFromLevelSlug, List<Level> levels) {}
