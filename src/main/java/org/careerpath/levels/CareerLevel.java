package org.careerpath.levels;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.careerpath.sources.Sources;

@Entity
@Table(name = "career_level")
final class CareerLevel {

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
    private short sfiaLevel;
    private String commonName;
    private String keySkills;
    private Long keySkillsSourceId;
    private String handsOn;
    private Long handsOnSourceId;
    private LocalDate retiredAt;

    @Version
    private long version;

    protected CareerLevel() {}

    Level toLevel(Sources sources, List<LevelFact> facts) {
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
                sfiaLevel,
                commonName,
                keySkills,
                keySkillsSourceId == null ? null : sources.get(keySkillsSourceId),
                handsOn,
                handsOnSourceId == null ? null : sources.get(handsOnSourceId),
                retiredAt,
                List.copyOf(facts));
    }

    Long getId() {
        return id;
    }

    CareerTrack getTrack() {
        return track;
    }
}
