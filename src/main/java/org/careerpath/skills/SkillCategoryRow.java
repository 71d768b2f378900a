package org.careerpath.skills;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

@Entity
@Table(name = "skill_category")
class SkillCategoryRow {

    @Id
    private Long id;

    private String slug;
    private String name;
    private String description;
    private boolean pillar;
    private short position;
    private String kind;
    private LocalDate retiredAt;

    @Version
    private long version;

    protected SkillCategoryRow() {}

    String getKind() {
        return kind;
    }

    LocalDate getRetiredAt() {
        return retiredAt;
    }

    Long getId() {
        return id;
    }

    String getSlug() {
        return slug;
    }

    String getName() {
        return name;
    }

    String getDescription() {
        return description;
    }

    boolean isPillar() {
        return pillar;
    }
}
