package org.careerpath.skills;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

@Entity
@Table(name = "skill")
final class SkillRow {

    @Id
    private Long id;

    private String slug;
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    private SkillCategoryRow category;

    private String description;
    private String whyItMatters;
    private short position;
    private String kind;
    private short maxStep;
    private LocalDate retiredAt;

    @Version
    private long version;

    protected SkillRow() {}

    SkillCategoryRow getCategory() {
        return category;
    }

    Dimension toDimension() {
        return new Dimension(
                id,
                slug,
                name,
                kind,
                maxStep,
                category.getSlug(),
                category.getName(),
                description,
                whyItMatters,
                retiredAt);
    }
}
