package org.careerpath.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What the shared layout needs on every page: the navigation section the page belongs to. Added after the
 * handler ran, to pages only (a redirect has no layout), by an interceptor: a {@code @ModelAttribute}
 * method in an advice is set up afresh by Spring MVC on every request, redirects included (measured with
 * JFR: about a twelfth of a submit's time in the JVM).
 */
@Configuration(proxyBeanMethods = false)
class LayoutAdvice implements WebMvcConfigurer {

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

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void postHandle(
                    HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
                if (page != null
                        && page.getView() == null
                        && page.getViewName() != null
                        && !page.getViewName().startsWith("redirect:")) {
                    page.addObject("currentSection", currentSection(request.getRequestURI()));
                }
            }
        });
    }

    /** The navigation section of a path, so the navigation can mark where the reader is. */
    static String currentSection(String path) {
        for (Map.Entry<String, String> section : SECTIONS.entrySet()) {
            if (path != null && path.startsWith(section.getKey())) {
                return section.getValue();
            }
        }
        return "";
    }
}
