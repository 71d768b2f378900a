package org.careerpath.skills;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "skill")
class SkillRow {

    @Id
    private Long id;

    private String slug;
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    private SkillCategoryRow category;

    private String description;
    private String whyItMatters;
    private String growthAdvice;
    private short position;

    protected SkillRow() {}

    SkillCategoryRow getCategory() {
        return category;
    }

    Skill toSkill() {
        return new Skill(
                id, slug, name, category.getSlug(), category.getName(), description, whyItMatters, growthAdvice);
    }
}
