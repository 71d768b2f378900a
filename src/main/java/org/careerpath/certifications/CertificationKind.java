package org.careerpath.certifications;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerpath.admin.EditableKind;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Certifications as the editors change them (see {@link EditableKind}): every field of the catalogue entry. */
@Component
class CertificationKind implements EditableKind<CertificationEdit> {

    private final CertificationCatalogue catalogue;
    private final CertificationWrites writes;
    private final CertificationController pages;

    CertificationKind(CertificationCatalogue catalogue, CertificationWrites writes, CertificationController pages) {
        this.catalogue = catalogue;
        this.writes = writes;
        this.pages = pages;
    }

    @Override
    public String type() {
        return CertificationWrites.TYPE;
    }

    @Override
    public String path() {
        return "certifications";
    }

    @Override
    public String title() {
        return "Certifications";
    }

    @Override
    public Class<CertificationEdit> formType() {
        return CertificationEdit.class;
    }

    @Override
    public String fieldsTemplate() {
        return "admin/certification-fields";
    }

    @Override
    public List<Item> items() {
        return catalogue.load().all().stream()
                .map(c -> new Item(c.id(), c.name(), "/certifications/" + c.slug(), c.status()))
                .toList();
    }

    @Override
    public Optional<Current<CertificationEdit>> current(long id) {
        return writes.current(id);
    }

    @Override
    public CertificationEdit normalised(CertificationEdit typed) {
        return typed.trimmed();
    }

    @Override
    public String name(CertificationEdit edit) {
        return edit.name();
    }

    @Override
    public Map<String, String> ruleFields() {
        return CertificationEdit.RULE_FIELDS;
    }

    @Override
    public void apply(long id, CertificationEdit edit, String stamp) {
        writes.apply(id, edit, stamp);
    }

    @Override
    public Optional<CertificationEdit> blank() {
        return Optional.of(CertificationEdit.blank());
    }

    @Override
    public long create(CertificationEdit edit) {
        return writes.create(edit);
    }

    /** Nothing stored refers to a certification: assessments name them only as advice, drawn afresh. */
    @Override
    public Optional<String> deleteRefusal(long id) {
        return Optional.empty();
    }

    @Override
    public void delete(long id) {
        writes.delete(id);
    }

    @Override
    public String preview(long id, CertificationEdit edit, Model model) {
        Certification published = id == 0
                ? CertificationEdit.blank()
                        .appliedTo(new Certification(
                                0,
                                "",
                                "",
                                null,
                                "",
                                null,
                                null,
                                null,
                                "",
                                null,
                                null,
                                "active",
                                null,
                                null,
                                null,
                                "",
                                "",
                                java.util.Set.of(),
                                java.util.Set.of()))
                : catalogue.load().all().stream()
                        .filter(c -> c.id() == id)
                        .findFirst()
                        .orElseThrow(() -> new org.careerpath.web.NotFoundException("certification " + id));
        return pages.page(edit.appliedTo(published), model);
    }
}
