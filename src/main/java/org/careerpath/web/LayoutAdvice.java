package org.careerpath.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared layout needs on every page. */
@ControllerAdvice
class LayoutAdvice {

    /** Address prefixes of the main navigation's sections. */
    private static final Map<String, String> SECTIONS = new LinkedHashMap<>();

    static {
        SECTIONS.put("/guides", "guides");
        SECTIONS.put("/ladder", "ladder");
        SECTIONS.put("/levels", "ladder");
        SECTIONS.put("/salaries", "salaries");
        SECTIONS.put("/assessment", "assessment");
        SECTIONS.put("/certifications", "certifications");
    }

    /** The navigation section the page belongs to, so the navigation can mark where the reader is. */
    @ModelAttribute("currentSection")
    String currentSection(HttpServletRequest request) {
        String path = request.getRequestURI();
        return SECTIONS.entrySet().stream()
                .filter(e -> path != null && path.startsWith(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse("");
    }
}
