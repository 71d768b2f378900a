package org.careerpath.salaries;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stored place: all countries, the United States, its states, metros and regions. */
@Entity
@Table(name = "location")
final class LocationRow {

    @Id
    private String code;

    private String name;
    private String kind;
    private String parentCode;
    private short position;

    protected LocationRow() {}

    SalaryLocation toLocation() {
        return new SalaryLocation(code, name, kind, parentCode, position);
    }
}
