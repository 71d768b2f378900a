package org.careerpath.certifications;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

@Entity
@Table(name = "certification")
final class CertificationRow {

    @Id
    private Long id;

    private String slug;
    private String name;
    private String code;
    private String provider;
    private BigDecimal costUsdMin;
    private BigDecimal costUsdMax;
    private String costNote;
    private String examFormat;
    private Short validityMonths;
    private String validityNote;
    private String status;
    private LocalDate availableSince;
    private LocalDate statusDate;
    private String successorName;
    private String url;
    private String summary;

    /** The skills it covers (ids of the skills module's skills). */
    @ElementCollection
    @CollectionTable(name = "certification_skill", joinColumns = @JoinColumn(name = "certification_id"))
    @Column(name = "skill_id")
    private Set<Long> skillIds = new HashSet<>();

    /** The levels it suits (ids of the levels module's levels). */
    @ElementCollection
    @CollectionTable(name = "certification_level", joinColumns = @JoinColumn(name = "certification_id"))
    @Column(name = "level_id")
    private Set<Long> levelIds = new HashSet<>();

    protected CertificationRow() {}

    Certification toCertification() {
        return new Certification(
                id,
                slug,
                name,
                code,
                provider,
                costUsdMin,
                costUsdMax,
                costNote,
                examFormat,
                validityMonths == null ? null : validityMonths.intValue(),
                validityNote,
                status,
                availableSince,
                statusDate,
                successorName,
                url,
                summary,
                Set.copyOf(skillIds),
                Set.copyOf(levelIds));
    }
}
