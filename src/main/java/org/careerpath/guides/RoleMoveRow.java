package org.careerpath.guides;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A move from one role to another: the usual next step, or a lateral change. */
@Entity
@Table(name = "role_move")
@IdClass(RoleMoveRow.Key.class)
final class RoleMoveRow {

    record Key(Long fromRoleId, Long toRoleId) implements Serializable {}

    @Id
    private Long fromRoleId;

    @Id
    private Long toRoleId;

    private String kind;
    private String note;

    protected RoleMoveRow() {}

    Long getFromRoleId() {
        return fromRoleId;
    }

    Long getToRoleId() {
        return toRoleId;
    }

    String getKind() {
        return kind;
    }

    String getNote() {
        return note;
    }
}
