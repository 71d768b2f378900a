package org.careerpath.certifications;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.careerpath.admin.AuditLog;
import org.careerpath.admin.ContentDrafts;
import org.careerpath.web.ContentVersion;
import org.careerpath.web.NotFoundException;
import org.careerpath.web.Refused;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' screens for certifications: edit one (saved as a draft the public pages do not show),
 * preview the draft in the real page, and publish it (admins only: the URL rule is in the admin module's
 * filter chain), which applies it, marks the draft published, writes the audit record and bumps the content
 * version in one transaction. Saving or publishing over a newer change shows both versions and stores
 * nothing.
 */
@Controller
class CertificationEditorController {

    private final CertificationCatalogue catalogue;
    private final CertificationWrites writes;
    private final CertificationController pages;
    private final ContentDrafts drafts;
    private final AuditLog audit;
    private final ContentVersion version;
    private final Validator validator;
    private final TransactionTemplate transaction;

    CertificationEditorController(
            CertificationCatalogue catalogue,
            CertificationWrites writes,
            CertificationController pages,
            ContentDrafts drafts,
            AuditLog audit,
            ContentVersion version,
            Validator validator,
            TransactionTemplate transaction) {
        this.catalogue = catalogue;
        this.writes = writes;
        this.pages = pages;
        this.drafts = drafts;
        this.audit = audit;
        this.version = version;
        this.validator = validator;
        this.transaction = transaction;
    }

    @GetMapping("/admin/certifications")
    String list(Model model) {
        model.addAttribute("certifications", catalogue.load().all());
        model.addAttribute("drafts", drafts.open(CertificationWrites.TYPE));
        return "admin/certifications";
    }

    @GetMapping("/admin/certifications/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        CertificationWrites.Current current =
                writes.current(id).orElseThrow(() -> new NotFoundException("certification " + id));
        return form(model, id, current.edit(), current.stamp(), Map.of());
    }

    @PostMapping("/admin/certifications/{id}/edit")
    String save(
            @PathVariable long id,
            @ModelAttribute CertificationEdit typed,
            @RequestParam(defaultValue = "") String stamp,
            Principal principal,
            HttpServletRequest request,
            Model model) {
        CertificationWrites.Current current =
                writes.current(id).orElseThrow(() -> new NotFoundException("certification " + id));
        CertificationEdit edit = typed.trimmed();
        Map<String, String> errors = errors(edit);
        if (!errors.isEmpty()) {
            return form(model, id, edit, stamp, errors);
        }
        if (!current.stamp().equals(stamp)) {
            return conflict(model, id, edit, current);
        }
        long draft = drafts.save(CertificationWrites.TYPE, id, edit, stamp, principal.getName());
        audit.record(
                principal.getName(),
                "draft saved",
                CertificationWrites.TYPE,
                Long.toString(id),
                current.edit().fields(),
                edit.fields(),
                request.getRemoteAddr());
        return "redirect:/admin/certifications/drafts/" + draft;
    }

    @GetMapping("/admin/certifications/drafts/{draft}")
    String draft(@PathVariable long draft, Model model) {
        ContentDrafts.Draft found = find(draft);
        CertificationEdit edit = drafts.payload(found, CertificationEdit.class);
        CertificationWrites.Current current =
                writes.current(found.contentId()).orElseThrow(() -> new NotFoundException("certification"));
        model.addAttribute("draft", found);
        model.addAttribute("changes", changes(current.edit(), edit));
        model.addAttribute("stale", !current.stamp().equals(found.baseStamp()));
        model.addAttribute("current", current);
        return "admin/certification-draft";
    }

    /** The draft in the real page, with a banner saying it is a preview. */
    @GetMapping("/admin/certifications/drafts/{draft}/preview")
    String preview(@PathVariable long draft, Model model) {
        ContentDrafts.Draft found = find(draft);
        CertificationEdit edit = drafts.payload(found, CertificationEdit.class);
        Certification published = catalogue.load().all().stream()
                .filter(c -> c.id() == found.contentId())
                .findFirst()
                .orElseThrow(() -> new NotFoundException("certification"));
        model.addAttribute("previewOf", found);
        return pages.page(applied(published, edit), model);
    }

    @PostMapping("/admin/certifications/drafts/{draft}/publish")
    String publish(
            @PathVariable long draft,
            Principal principal,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        ContentDrafts.Draft found = find(draft);
        if (!found.open()) {
            redirect.addFlashAttribute("problem", "This draft was already " + found.status() + ".");
            return "redirect:/admin/certifications/drafts/" + draft;
        }
        CertificationEdit edit = drafts.payload(found, CertificationEdit.class);
        try {
            transaction.executeWithoutResult(status -> {
                CertificationWrites.Current before = writes.apply(found.contentId(), edit, found.baseStamp());
                if (!drafts.published(draft, principal.getName())) {
                    throw new Refused("slug", "This draft was published or discarded meanwhile.");
                }
                audit.record(
                        principal.getName(),
                        "published",
                        CertificationWrites.TYPE,
                        Long.toString(found.contentId()),
                        before.edit().fields(),
                        edit.fields(),
                        request.getRemoteAddr());
                version.bump();
            });
        } catch (CertificationWrites.Conflict conflict) {
            return conflict(model, found.contentId(), edit, conflict.current());
        } catch (Refused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
            return "redirect:/admin/certifications/drafts/" + draft;
        } catch (DataIntegrityViolationException refused) {
            redirect.addFlashAttribute("problem", "PostgreSQL refused this draft: it breaks a rule of the catalogue.");
            return "redirect:/admin/certifications/drafts/" + draft;
        }
        redirect.addFlashAttribute("done", "Published. The public page shows it now.");
        return "redirect:/admin/certifications/drafts/" + draft;
    }

    @PostMapping("/admin/certifications/drafts/{draft}/discard")
    String discard(
            @PathVariable long draft, Principal principal, HttpServletRequest request, RedirectAttributes redirect) {
        ContentDrafts.Draft found = find(draft);
        if (drafts.discard(draft)) {
            audit.record(
                    principal.getName(),
                    "draft discarded",
                    CertificationWrites.TYPE,
                    String.valueOf(found.contentId()),
                    null,
                    null,
                    request.getRemoteAddr());
        }
        redirect.addFlashAttribute("done", "Draft discarded.");
        return "redirect:/admin/certifications";
    }

    private ContentDrafts.Draft find(long draft) {
        return drafts.find(CertificationWrites.TYPE, draft).orElseThrow(() -> new NotFoundException("draft " + draft));
    }

    private String form(Model model, long id, CertificationEdit edit, String stamp, Map<String, String> errors) {
        model.addAttribute("id", id);
        model.addAttribute("form", edit);
        model.addAttribute("stamp", stamp);
        model.addAttribute("errors", errors);
        return "admin/certification-edit";
    }

    private String conflict(Model model, long id, CertificationEdit yours, CertificationWrites.Current current) {
        model.addAttribute("id", id);
        model.addAttribute("changes", changes(current.edit(), yours));
        model.addAttribute("current", current);
        return "admin/certification-conflict";
    }

    private Map<String, String> errors(CertificationEdit edit) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<CertificationEdit> violation : validator.validate(edit)) {
            String property = violation.getPropertyPath().toString();
            errors.putIfAbsent(CertificationEdit.RULE_FIELDS.getOrDefault(property, property), violation.getMessage());
        }
        return errors;
    }

    /** Field, then published value and edited value, for the fields that differ. */
    static Map<String, String[]> changes(CertificationEdit published, CertificationEdit edited) {
        Map<String, String[]> changes = new LinkedHashMap<>();
        Map<String, String> before = published.fields();
        edited.fields().forEach((field, after) -> {
            if (!java.util.Objects.equals(before.get(field), after)) {
                changes.put(field, new String[] {before.get(field), after});
            }
        });
        return changes;
    }

    private static Certification applied(Certification c, CertificationEdit e) {
        Object[] v = e.columns();
        return new Certification(
                c.id(),
                (String) v[0],
                (String) v[1],
                (String) v[2],
                (String) v[3],
                (java.math.BigDecimal) v[4],
                (java.math.BigDecimal) v[5],
                (String) v[6],
                (String) v[7],
                v[8] == null ? null : ((Short) v[8]).intValue(),
                (String) v[9],
                (String) v[10],
                (java.time.LocalDate) v[11],
                (java.time.LocalDate) v[12],
                (String) v[13],
                (String) v[14],
                (String) v[15],
                c.skillIds(),
                c.levelIds());
    }
}
