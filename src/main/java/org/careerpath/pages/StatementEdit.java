package org.careerpath.pages;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An editor's form for what one level expects on one dimension: the step on the dimension's scale and the
 * statement of the behaviour at that level.
 */
record StatementEdit(
        @NotBlank(message = "Choose the expected step.")
        @Pattern(regexp = "[0-5]", message = "Choose a step from the dimension's scale.")
        String step,

        @NotBlank(message = "Write what people at this level do on this dimension.")
        @Size(max = 2000, message = "At most 2,000 characters.")
        String statement) {

    StatementEdit trimmed() {
        return new StatementEdit(step == null ? "" : step.strip(), statement == null ? "" : statement.strip());
    }

    int stepValue() {
        return Integer.parseInt(step);
    }
}
