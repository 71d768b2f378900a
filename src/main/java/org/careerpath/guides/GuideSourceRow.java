package org.careerpath.guides;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A source a guide draws on, and what for. */
@Entity
@Table(name = "guide_source")
@IdClass(GuideSourceRow.Key.class)
final class GuideSourceRow {

    record Key(Long roleId, Long sourceId) implements Serializable {}

    @Id
    private Long roleId;

    @Id
    private Long sourceId;

    private String usedFor;
    private short position;

    protected GuideSourceRow() {}

    Long getSourceId() {
        return sourceId;
    }

    String getUsedFor() {
        return usedFor;
    }
}
