package org.careerpath.levels;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** How people at a level are judged on one of the five promotion criteria. */
@Entity
@Table(name = "level_dimension")
@IdClass(LevelCriterionRow.Key.class)
class LevelCriterionRow {

    record Key(Long levelId, String dimension) implements Serializable {}

    @Id
    private Long levelId;

    @Id
    private String dimension;

    private String expectation;

    protected LevelCriterionRow() {}

    Long getLevelId() {
        return levelId;
    }

    LevelCriterion toCriterion() {
        return new LevelCriterion(dimension, expectation);
    }
}
