package org.careerpath.skills;

import java.util.List;

/** A category of dimensions (a pillar, ML fundamentals, impact, people management, ...) in catalogue order. */
public record DimensionCategory(
        long id,
        String slug,
        String name,
        String description,
        boolean pillar,
        String kind,
        boolean retired,
        List<Dimension> dimensions) {}
