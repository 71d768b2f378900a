package org.careerpath.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses posts larger than any form of the portal could be, before anything reads them: 413 with the error
 * page, nothing stored. A form is at most a few KB, except a mentor's, which may carry a comment of up to
 * 1,000 characters on each dimension; a file upload (an exported assessment) may be up to 1 MB, an admin's
 * salary-survey import up to 32 MB.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FormSizeLimitFilter extends OncePerRequestFilter {

    static final long MAX_FORM_BYTES = 512 * 1024;

    static final long MAX_UPLOAD_BYTES = 1024 * 1024 + 16 * 1024;

    /** An admin's salary-survey import (admin.ImportController): up to 32 MB. */
    static final long MAX_IMPORT_BYTES = 32L * 1024 * 1024 + 64 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        boolean multipart =
                type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
        long max = !multipart
                ? MAX_FORM_BYTES
                : "/admin/imports".equals(request.getRequestURI()) ? MAX_IMPORT_BYTES : MAX_UPLOAD_BYTES;
        if ("POST".equals(request.getMethod()) && request.getContentLengthLong() > max) {
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
            return;
        }
        chain.doFilter(request, response);
    }
}
