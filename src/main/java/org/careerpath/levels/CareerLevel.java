package org.careerpath.levels;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

@Entity
@Table(name = "career_level")
class CareerLevel {

    @Id
    private Long id;

    private String slug;
    private String name;
    private String shortName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "track_id")
    private CareerTrack track;

    private short rankInTrack;
    private short yearsMin;
    private Short yearsMax;
    private String focus;
    private String scopeOfImpact;
    private String summary;
    private BigDecimal timeInLevelMin;
    private BigDecimal timeInLevelMax;
    private String timeInLevelNote;
    private short sfiaLevel;
    private String commonName;

    protected CareerLevel() {}

    Level toLevel() {
        return new Level(
                id,
                slug,
                name,
                shortName,
                track.getSlug(),
                track.getName(),
                rankInTrack,
                yearsMin,
                yearsMax,
                focus,
                scopeOfImpact,
                summary,
                timeInLevelMin,
                timeInLevelMax,
                timeInLevelNote,
                sfiaLevel,
                commonName);
    }

    CareerTrack getTrack() {
        return track;
    }
}
