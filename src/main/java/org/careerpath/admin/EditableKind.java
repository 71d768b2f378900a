package org.careerpath.admin;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.ui.Model;

/**
 * A kind of content the editors can change through drafts (see {@link ContentEditorController}): the module
 * that owns the content implements this as a bean, and the editors' list, form, draft, preview, publish and
 * conflict screens come for free. The form is a record checked with Bean Validation.
 *
 * @param <E> the form: a record of the editable fields as typed
 */
public interface EditableKind<E extends Record> {

    /** The type's name in drafts and the audit log, such as {@code certification}. */
    String type();

    /** The address segment under /admin, such as {@code certifications}. */
    String path();

    /** What the list is called, such as "Certifications". */
    String title();

    Class<E> formType();

    /** The fields of the form, as a Thymeleaf fragment {@code fields} in this template. */
    String fieldsTemplate();

    /** Everything of this kind as published, for the list. */
    List<Item> items();

    /** The published record as the form shows it, with its version; empty when there is no such record. */
    Optional<Current<E>> current(long id);

    /** The form as it will be stored (trimmed, normalised). */
    E normalised(E typed);

    /** What the record is called, for headings. */
    String name(E edit);

    /** Field by field, for the draft's summary, conflicts and the audit log: the form's components in order. */
    default Map<String, String> fields(E edit) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (java.lang.reflect.RecordComponent component : edit.getClass().getRecordComponents()) {
            try {
                java.lang.reflect.Method accessor = component.getAccessor();
                accessor.setAccessible(true);
                fields.put(component.getName(), java.util.Objects.toString(accessor.invoke(edit), ""));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read " + component.getName(), e);
            }
        }
        return fields;
    }

    /**
     * Checks that need the stored content (a step within its dimension's scale, ...): field to message, empty
     * when the edit may be saved as a draft.
     */
    default Map<String, String> check(long id, E edit) {
        return Map.of();
    }

    /**
     * The empty form for a new record, where editors may add records of this kind; empty where they may not
     * (a new record would need more than one form, such as a level with a statement on every dimension).
     */
    default Optional<E> blank() {
        return Optional.empty();
    }

    /**
     * Stores a new record from a published draft and answers its id; runs in the publish's transaction. Throws
     * {@link org.careerpath.web.Refused} for a value the database would refuse (an address already taken).
     */
    default long create(E edit) {
        throw new UnsupportedOperationException(type() + " records cannot be created");
    }

    /**
     * Why this record may not be deleted (stored assessments or other content refer to it), in words for the
     * editor; empty when it may be deleted.
     */
    default Optional<String> deleteRefusal(long id) {
        return Optional.of("This kind of content cannot be deleted here; retire it or edit it instead.");
    }

    /** Deletes the record; runs in the delete's transaction, after {@link #deleteRefusal} said it may. */
    default void delete(long id) {
        throw new UnsupportedOperationException(type() + " records cannot be deleted");
    }

    /** For validation rules that concern several fields: which field shows the message. */
    default Map<String, String> ruleFields() {
        return Map.of();
    }

    /**
     * Applies a valid edit to the record, if it is still at {@code stamp}; throws {@link Conflict} when it
     * changed meanwhile, {@link org.careerpath.web.Refused} for a value the database would refuse. Runs in the
     * publish's transaction.
     */
    void apply(long id, E edit, String stamp);

    /** Fills the model of the real public page with the edit applied (id 0: a new record); answers the view. */
    String preview(long id, E edit, Model model);

    /** One record in the list. */
    record Item(long id, String name, String publicPath, String state) {}

    /** The published record, its version (PostgreSQL's xmin) and its form. */
    record Current<E>(long id, String stamp, E edit) {}

    /** Someone else's change got there first: nothing was stored. */
    final class Conflict extends RuntimeException {

        private final transient Current<?> current;

        public Conflict(Current<?> current) {
            super("changed meanwhile");
            this.current = current;
        }

        public Current<?> current() {
            return current;
        }
    }
}
