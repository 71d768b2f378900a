package org.careerpath.guides;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An editor's form for a career move between two roles (chosen when the move is added; a move's roles are its
 * identity and stay as they are afterwards): whether it is the next role or a lateral move, and why.
 */
record MoveEdit(
        @NotBlank(message = "Choose the role the move starts from.") @Size(max = 80, message = "Choose a role.")
        String from,

        @NotBlank(message = "Choose the role the move leads to.") @Size(max = 80, message = "Choose a role.")
        String to,

        @NotBlank(message = "Choose the kind of move.")
        @Pattern(regexp = "next|lateral", message = "Choose the kind of move.")
        String kind,

        @NotBlank(message = "Say what changes in the move.") @Size(max = 1000, message = "At most 1,000 characters.")
        String note) {

    MoveEdit trimmed() {
        return new MoveEdit(t(from), t(to), t(kind), t(note));
    }

    private static String t(String value) {
        return value == null ? "" : value.strip();
    }
}
