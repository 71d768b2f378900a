package org.careerpath.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.careerpath.web.Refused;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sign-in, the editors' home, accounts (admins only) and the audit log. */
@Controller
class AdminController {

    private final EditorAccounts accounts;
    private final AuditLog audit;
    private final List<EditableKind<?>> kinds;

    AdminController(EditorAccounts accounts, AuditLog audit, List<EditableKind<?>> kinds) {
        this.accounts = accounts;
        this.audit = audit;
        this.kinds = kinds;
    }

    @GetMapping("/sign-in")
    String signIn(
            @RequestParam(required = false) String error,
            @RequestParam(name = "signed-out", required = false) String signedOut,
            Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("signedOut", signedOut != null);
        return "admin/sign-in";
    }

    @GetMapping("/admin")
    String home(Authentication authentication, Model model) {
        model.addAttribute("email", authentication.getName());
        model.addAttribute("admin", isAdmin(authentication));
        model.addAttribute("kinds", kinds);
        return "admin/home";
    }

    @GetMapping("/admin/accounts")
    String accounts(Model model) {
        model.addAttribute("accounts", accounts.all());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new AccountForm("", "", "EDITOR"));
        }
        model.addAttribute("errors", model.containsAttribute("errors") ? model.getAttribute("errors") : Map.of());
        return "admin/accounts";
    }

    @PostMapping("/admin/accounts")
    String createAccount(
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String displayName,
            @RequestParam(defaultValue = "EDITOR") String role,
            @RequestParam(defaultValue = "") String password,
            Principal principal,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        AccountForm form = new AccountForm(cut(email), cut(displayName), role.equals("ADMIN") ? "ADMIN" : "EDITOR");
        try {
            accounts.create(
                    email,
                    displayName,
                    EditorAccounts.Role.valueOf(form.role()),
                    password,
                    principal.getName(),
                    request.getRemoteAddr());
        } catch (Refused refused) {
            model.addAttribute("form", form);
            model.addAttribute("errors", Map.of(refused.field(), refused.getMessage()));
            model.addAttribute("accounts", accounts.all());
            return "admin/accounts";
        }
        redirect.addFlashAttribute("done", "Account created for " + EditorAccounts.normalise(email) + ".");
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{id}/enabled")
    String setEnabled(
            @PathVariable long id,
            @RequestParam boolean enabled,
            Principal principal,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        try {
            accounts.setEnabled(id, enabled, principal.getName(), request.getRemoteAddr());
            redirect.addFlashAttribute("done", enabled ? "Account switched on." : "Account switched off.");
        } catch (Refused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/admin/accounts";
    }

    /** The audit log, newest first, filtered by person, content type and days; a bad date is said, not fatal. */
    @GetMapping("/admin/audit")
    String auditLog(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Model model) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        AuditLog.Filter filter = new AuditLog.Filter(
                blankToNull(actor), blankToNull(type), day(from, "from", errors), day(to, "to", errors));
        List<AuditLog.Entry> records = audit.find(filter, 200);
        Map<Long, List<AuditLog.Change>> changes = new java.util.HashMap<>();
        records.forEach(r -> changes.put(r.id(), audit.changes(r)));
        model.addAttribute("records", records);
        model.addAttribute("changes", changes);
        model.addAttribute("filter", filter);
        model.addAttribute("fromInput", from == null ? "" : cut(from));
        model.addAttribute("toInput", to == null ? "" : cut(to));
        model.addAttribute("errors", errors);
        model.addAttribute("actors", audit.actors());
        model.addAttribute("types", audit.contentTypes());
        return "admin/audit";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : cut(value.strip());
    }

    private static java.time.LocalDate day(String text, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            errors.put(field, "A date such as 2026-11-23.");
            return null;
        }
    }

    private static boolean isAdmin(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch("ROLE_ADMIN"::equals);
    }

    private static String cut(String value) {
        return value.length() > 300 ? value.substring(0, 300) : value;
    }

    /** What the form showed, to show again with its messages (never the password). */
    record AccountForm(String email, String displayName, String role) {}
}
