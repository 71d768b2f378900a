package org.careerpath.levels;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "career_track")
class CareerTrack {

    @Id
    private Long id;

    private String slug;
    private String name;
    private String description;
    private short position;
    private Long branchesFromLevelId;

    @Version
    private long version;

    protected CareerTrack() {}

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

    short getPosition() {
        return position;
    }

    Long getBranchesFromLevelId() {
        return branchesFromLevelId;
    }
}
