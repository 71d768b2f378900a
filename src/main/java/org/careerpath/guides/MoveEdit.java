package org.careerpath.guides;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An editor's form for a career move between two roles: whether it is the next role or a lateral move, and why. */
record MoveEdit(
        @NotBlank(message = "Choose the kind of move.")
        @Pattern(regexp = "next|lateral", message = "Choose the kind of move.")
        String kind,

        @NotBlank(message = "Say what changes in the move.") @Size(max = 1000, message = "At most 1,000 characters.")
        String note) {

    MoveEdit trimmed() {
        return new MoveEdit(kind == null ? "" : kind.strip(), note == null ? "" : note.strip());
    }
}
