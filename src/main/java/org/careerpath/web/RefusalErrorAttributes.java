package org.careerpath.web;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * The error pages' model: Spring Boot's attributes (no message, no exception, no stack trace), plus, when
 * the {@link InputFilter} refused a request, what was wrong with it in words written by the portal.
 */
@Component
class RefusalErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        Object refusal = request.getAttribute(InputFilter.REFUSAL, RequestAttributes.SCOPE_REQUEST);
        if (refusal instanceof String reason) {
            attributes.put("refusal", reason);
        }
        if (request.getAttribute(RateLimits.RETRY_AFTER, RequestAttributes.SCOPE_REQUEST) instanceof Long seconds) {
            attributes.put("retryAfter", seconds);
        }
        return attributes;
    }
}
