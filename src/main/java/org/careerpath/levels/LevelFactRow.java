package org.careerpath.levels;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.careerpath.sources.Sources;

/** What one source says about a level: years of experience, or typical time in the level. */
@Entity
@Table(name = "level_fact")
final class LevelFactRow {

    @Id
    private Long id;

    private Long levelId;
    private Long sourceId;
    private String kind;
    private String label;
    private BigDecimal minYears;
    private BigDecimal maxYears;
    private boolean openEnded;
    private String note;
    private short position;

    @Version
    private long version;

    protected LevelFactRow() {}

    Long getLevelId() {
        return levelId;
    }

    short getPosition() {
        return position;
    }

    LevelFact toFact(Sources sources) {
        return new LevelFact(kind, label, minYears, maxYears, openEnded, note, sources.get(sourceId));
    }
}
