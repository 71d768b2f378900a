package org.careerpath.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.careerpath.web.ContentVersion;
import org.careerpath.web.NotFoundException;
import org.careerpath.web.Refused;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' screens for every {@link EditableKind}: the list, the form (saved as a draft the public pages
 * do not show), the draft with what it changes, a preview in the real page, and publishing (admins only: the
 * URL rule is in {@link AdminSecurityConfiguration}), which applies the draft, marks it published, writes the
 * audit record and bumps the content version in one transaction. Saving or publishing over a newer change
 * shows both versions and stores nothing.
 */
@Controller
class ContentEditorController {

    private final Map<String, EditableKind<?>> kinds = new LinkedHashMap<>();
    private final ContentDrafts drafts;
    private final AuditLog audit;
    private final ContentVersion version;
    private final Validator validator;
    private final TransactionTemplate transaction;

    ContentEditorController(
            List<EditableKind<?>> kinds,
            ContentDrafts drafts,
            AuditLog audit,
            ContentVersion version,
            Validator validator,
            TransactionTemplate transaction) {
        kinds.forEach(kind -> this.kinds.put(kind.path(), kind));
        this.drafts = drafts;
        this.audit = audit;
        this.version = version;
        this.validator = validator;
        this.transaction = transaction;
    }

    /** The kinds, for the editors' home page. */
    List<EditableKind<?>> kinds() {
        return List.copyOf(kinds.values());
    }

    /** The id and version of a record that does not exist yet. */
    static final long NEW = 0;

    static final String NEW_STAMP = "new";

    @GetMapping("/admin/{kind}")
    String list(@PathVariable String kind, Model model) {
        EditableKind<?> k = kind(kind);
        model.addAttribute("kind", k);
        model.addAttribute("items", k.items());
        model.addAttribute("drafts", drafts.open(k.type()));
        model.addAttribute("creatable", k.blank().isPresent());
        return "admin/content-list";
    }

    /** The empty form for a new record, where the kind allows one. */
    @GetMapping("/admin/{kind}/new")
    String create(@PathVariable String kind, Model model) {
        EditableKind<?> k = kind(kind);
        Object blank = k.blank().orElseThrow(() -> new NotFoundException("new " + kind));
        return form(model, k, NEW, blank, NEW_STAMP, Map.of());
    }

    /** The record a form or draft starts from: the published one, or the empty form of a new one. */
    private static <E extends Record> EditableKind.Current<E> current(EditableKind<E> k, Long id, String kind) {
        if (id == null || id == NEW) {
            E blank = k.blank().orElseThrow(() -> new NotFoundException("new " + kind));
            return new EditableKind.Current<>(NEW, NEW_STAMP, blank);
        }
        return k.current(id).orElseThrow(() -> new NotFoundException(kind + " " + id));
    }

    /** A record's delete screen: why it may not be deleted, or a button (admins only) that deletes it. */
    @GetMapping("/admin/{kind}/{id}/delete")
    String confirmDelete(@PathVariable String kind, @PathVariable long id, Model model) {
        EditableKind<?> k = kind(kind);
        deleteModel(model, k, id);
        return "admin/content-delete";
    }

    private <E extends Record> void deleteModel(Model model, EditableKind<E> k, long id) {
        EditableKind.Current<E> current = k.current(id).orElseThrow(() -> new NotFoundException(k.path() + " " + id));
        model.addAttribute("kind", k);
        model.addAttribute("id", id);
        model.addAttribute("name", k.name(current.edit()));
        model.addAttribute("refusal", k.deleteRefusal(id).orElse(null));
    }

    @PostMapping("/admin/{kind}/{id}/delete")
    <E extends Record> String delete(
            @PathVariable String kind,
            @PathVariable long id,
            Principal principal,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        @SuppressWarnings("unchecked")
        EditableKind<E> k = (EditableKind<E>) kind(kind);
        EditableKind.Current<E> before = k.current(id).orElseThrow(() -> new NotFoundException(kind + " " + id));
        try {
            transaction.executeWithoutResult(status -> {
                k.deleteRefusal(id).ifPresent(reason -> {
                    throw new Refused("id", reason);
                });
                k.delete(id);
                audit.record(
                        principal.getName(),
                        "deleted",
                        k.type(),
                        Long.toString(id),
                        k.fields(before.edit()),
                        null,
                        request.getRemoteAddr());
                version.bump();
            });
        } catch (Refused | DataIntegrityViolationException refused) {
            deleteModel(model, k, id);
            model.addAttribute(
                    "refusal",
                    refused instanceof Refused r
                            ? r.getMessage()
                            : "PostgreSQL refused: other content still refers to it.");
            return "admin/content-delete";
        }
        redirect.addFlashAttribute("done", "Deleted “" + k.name(before.edit()) + "”.");
        return "redirect:/admin/" + k.path();
    }

    @GetMapping("/admin/{kind}/{id}/edit")
    String edit(@PathVariable String kind, @PathVariable long id, Model model) {
        EditableKind<?> k = kind(kind);
        EditableKind.Current<?> current = k.current(id).orElseThrow(() -> new NotFoundException(kind + " " + id));
        return form(model, k, id, current.edit(), current.stamp(), Map.of());
    }

    @PostMapping("/admin/{kind}/{id}/edit")
    <E extends Record> String save(
            @PathVariable String kind,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String stamp,
            Principal principal,
            HttpServletRequest request,
            Model model) {
        @SuppressWarnings("unchecked")
        EditableKind<E> k = (EditableKind<E>) kind(kind);
        EditableKind.Current<E> current = current(k, id, kind);
        E edit = k.normalised(bind(k, request));
        Map<String, String> errors = errors(k, edit);
        if (errors.isEmpty()) {
            errors = k.check(id, edit);
        }
        if (!errors.isEmpty()) {
            return form(model, k, id, edit, stamp, errors);
        }
        if (!current.stamp().equals(stamp)) {
            return conflict(model, k, id, k.fields(current.edit()), k.fields(edit));
        }
        long draft = drafts.save(k.type(), id == NEW ? null : id, edit, stamp, principal.getName());
        audit.record(
                principal.getName(),
                "draft saved",
                k.type(),
                Long.toString(id),
                k.fields(current.edit()),
                k.fields(edit),
                request.getRemoteAddr());
        return "redirect:/admin/" + k.path() + "/drafts/" + draft;
    }

    @GetMapping("/admin/{kind}/drafts/{draft}")
    <E extends Record> String draft(@PathVariable String kind, @PathVariable long draft, Model model) {
        @SuppressWarnings("unchecked")
        EditableKind<E> k = (EditableKind<E>) kind(kind);
        ContentDrafts.Draft found = find(k, draft);
        E edit = drafts.payload(found, k.formType());
        EditableKind.Current<E> current = current(k, found.contentId(), kind);
        model.addAttribute("kind", k);
        model.addAttribute("draft", found);
        model.addAttribute("changes", changes(k.fields(current.edit()), k.fields(edit)));
        model.addAttribute("stale", !current.stamp().equals(found.baseStamp()));
        return "admin/content-draft";
    }

    /** The draft in the real page, with a banner saying it is a preview. */
    @GetMapping("/admin/{kind}/drafts/{draft}/preview")
    <E extends Record> String preview(@PathVariable String kind, @PathVariable long draft, Model model) {
        @SuppressWarnings("unchecked")
        EditableKind<E> k = (EditableKind<E>) kind(kind);
        ContentDrafts.Draft found = find(k, draft);
        model.addAttribute("previewOf", found);
        model.addAttribute("previewBack", "/admin/" + k.path() + "/drafts/" + draft);
        return k.preview(
                found.contentId() == null ? NEW : found.contentId(), drafts.payload(found, k.formType()), model);
    }

    @PostMapping("/admin/{kind}/drafts/{draft}/publish")
    <E extends Record> String publish(
            @PathVariable String kind,
            @PathVariable long draft,
            Principal principal,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        @SuppressWarnings("unchecked")
        EditableKind<E> k = (EditableKind<E>) kind(kind);
        ContentDrafts.Draft found = find(k, draft);
        String back = "redirect:/admin/" + k.path() + "/drafts/" + draft;
        if (!found.open()) {
            redirect.addFlashAttribute("problem", "This draft was already " + found.status() + ".");
            return back;
        }
        E edit = drafts.payload(found, k.formType());
        try {
            transaction.executeWithoutResult(status -> {
                boolean created = found.contentId() == null;
                EditableKind.Current<E> before = created
                        ? current(k, null, kind)
                        : k.current(found.contentId())
                                .orElseThrow(() -> new Refused("id", "This record no longer exists."));
                long id = created ? k.create(edit) : found.contentId();
                if (!created) {
                    k.apply(id, edit, found.baseStamp());
                }
                if (!drafts.published(draft, principal.getName())) {
                    throw new Refused("id", "This draft was published or discarded meanwhile.");
                }
                audit.record(
                        principal.getName(),
                        created ? "created" : "published",
                        k.type(),
                        Long.toString(id),
                        created ? null : k.fields(before.edit()),
                        k.fields(edit),
                        request.getRemoteAddr());
                version.bump();
            });
        } catch (EditableKind.Conflict conflict) {
            @SuppressWarnings("unchecked")
            E newer = (E) conflict.current().edit();
            return conflict(model, k, found.contentId(), k.fields(newer), k.fields(edit));
        } catch (Refused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
            return back;
        } catch (DataIntegrityViolationException refused) {
            redirect.addFlashAttribute("problem", "PostgreSQL refused this draft: it breaks a rule of the content.");
            return back;
        }
        redirect.addFlashAttribute("done", "Published. The public page shows it now.");
        return back;
    }

    @PostMapping("/admin/{kind}/drafts/{draft}/discard")
    String discard(
            @PathVariable String kind,
            @PathVariable long draft,
            Principal principal,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        EditableKind<?> k = kind(kind);
        ContentDrafts.Draft found = find(k, draft);
        if (drafts.discard(draft)) {
            audit.record(
                    principal.getName(),
                    "draft discarded",
                    k.type(),
                    String.valueOf(found.contentId()),
                    null,
                    null,
                    request.getRemoteAddr());
        }
        redirect.addFlashAttribute("done", "Draft discarded.");
        return "redirect:/admin/" + k.path();
    }

    private EditableKind<?> kind(String path) {
        EditableKind<?> kind = kinds.get(path);
        if (kind == null) {
            throw new NotFoundException("editable kind " + path);
        }
        return kind;
    }

    private ContentDrafts.Draft find(EditableKind<?> kind, long draft) {
        return drafts.find(kind.type(), draft).orElseThrow(() -> new NotFoundException("draft " + draft));
    }

    /** The form's record, built from the request's parameters by Spring's own constructor binding. */
    private static <E extends Record> E bind(EditableKind<E> kind, HttpServletRequest request) {
        ServletRequestDataBinder binder = new ServletRequestDataBinder(null);
        binder.setTargetType(org.springframework.core.ResolvableType.forClass(kind.formType()));
        binder.construct(request);
        return kind.formType().cast(binder.getTarget());
    }

    private <E extends Record> Map<String, String> errors(EditableKind<E> kind, E edit) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<E> violation : validator.validate(edit)) {
            String property = violation.getPropertyPath().toString();
            errors.putIfAbsent(kind.ruleFields().getOrDefault(property, property), violation.getMessage());
        }
        return errors;
    }

    private String form(
            Model model, EditableKind<?> kind, long id, Object edit, String stamp, Map<String, String> errors) {
        model.addAttribute("kind", kind);
        model.addAttribute("id", id);
        model.addAttribute("form", edit);
        model.addAttribute("stamp", stamp);
        model.addAttribute("errors", errors);
        return "admin/content-edit";
    }

    private String conflict(
            Model model, EditableKind<?> kind, long id, Map<String, String> newer, Map<String, String> yours) {
        model.addAttribute("kind", kind);
        model.addAttribute("id", id);
        model.addAttribute("changes", changes(newer, yours));
        return "admin/content-conflict";
    }

    /** Field, then published value and edited value, for the fields that differ. */
    static Map<String, String[]> changes(Map<String, String> published, Map<String, String> edited) {
        Map<String, String[]> changes = new LinkedHashMap<>();
        edited.forEach((field, after) -> {
            if (!Objects.equals(published.get(field), after)) {
                changes.put(field, new String[] {published.get(field), after});
            }
        });
        return changes;
    }
}
