package org.careerpath.skills;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "proficiency")
final class ProficiencyRow {

    @Id
    private Short value;

    private String name;
    private String description;

    protected ProficiencyRow() {}

    Proficiency toProficiency() {
        return new Proficiency(value, name, description);
    }
}
