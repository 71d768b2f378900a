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
        List<Dimension> dimensions) {

    /** This category with other dimensions, retired or not. */
    public DimensionCategory with(boolean retired, List<Dimension> dimensions) {
        return new DimensionCategory(id, slug, name, description, pillar, kind, retired, dimensions);
    }
}
