package org.careerpath.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Where the rate limits meet the pages: handlers marked {@link RateLimited} spend a token before they run;
 * a private link that leads nowhere spends one of {@code lookup}; past a limit the answer is 429 with
 * Retry-After and a page in the layout, and nothing is stored.
 */
@Configuration(proxyBeanMethods = false)
@ControllerAdvice
class RateLimitWeb implements WebMvcConfigurer {

    private final RateLimits limits;

    RateLimitWeb(RateLimits limits) {
        this.limits = limits;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (handler instanceof HandlerMethod method) {
                    RateLimited limited = method.getMethodAnnotation(RateLimited.class);
                    if (limited != null) {
                        limits.spend(limited.value(), request);
                    }
                }
                return true;
            }
        });
    }

    @ExceptionHandler(UnknownLinkException.class)
    ModelAndView unknownLink(HttpServletRequest request, HttpServletResponse response) {
        try {
            limits.spend("lookup", request);
        } catch (TooManyRequestsException e) {
            return tooManyRequests(e, response);
        }
        ModelAndView page = new ModelAndView("error/404");
        page.setStatus(HttpStatus.NOT_FOUND);
        return page;
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ModelAndView tooManyRequests(TooManyRequestsException e, HttpServletResponse response) {
        response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
        response.setHeader("Cache-Control", "no-store");
        ModelAndView page = new ModelAndView("error/429");
        page.setStatus(HttpStatus.TOO_MANY_REQUESTS);
        page.addObject("retryAfter", e.retryAfterSeconds());
        return page;
    }
}
