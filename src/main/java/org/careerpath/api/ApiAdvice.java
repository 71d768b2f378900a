package org.careerpath.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.careerpath.web.TooManyRequestsException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Every error of an API operation as problem details, never an HTML page and never a 500 for bad input. */
@RestControllerAdvice(basePackageClasses = ApiAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiAdvice {

    private final ApiProblems problems;

    ApiAdvice(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ApiProblem.class)
    ProblemDetail problem(ApiProblem problem, HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        return problems.of(problem, request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(
            MethodArgumentTypeMismatchException e, HttpServletRequest request, HttpServletResponse response) {
        String value = e.getValue() == null ? "" : e.getValue().toString();
        String expected =
                e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName();
        String what = switch (expected) {
            case "Integer", "int", "Long", "long" -> "a whole number";
            default -> "a " + expected.toLowerCase(java.util.Locale.ROOT);
        };
        return problem(
                ApiProblem.badParameter(
                        e.getName(), e.getName() + " must be " + what + "; it was “" + Api.shorten(value) + "”."),
                request,
                response);
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ProblemDetail tooManyRequests(
            TooManyRequestsException e, HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
        return problem(
                new ApiProblem(
                        ApiProblem.Kind.TOO_MANY_REQUESTS,
                        "This address has made more requests than the API's limit allows; try again in "
                                + e.retryAfterSeconds() + " s.",
                        null),
                request,
                response);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ProblemDetail notAcceptable(HttpServletRequest request, HttpServletResponse response) {
        return problem(
                new ApiProblem(ApiProblem.Kind.NOT_ACCEPTABLE, "Ask for application/json (or */*).", null),
                request,
                response);
    }
}
