package org.careerpath.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.careerpath.web.PublicUrl;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Makes and writes the API's problem details (RFC 9457): a stable type per kind, the status, what went wrong. */
@Component
class ApiProblems {

    private final PublicUrl publicUrl;
    private final JsonMapper json;

    ApiProblems(PublicUrl publicUrl, JsonMapper json) {
        this.publicUrl = publicUrl;
        this.json = json;
    }

    /** The type of a kind of problem: the anchor on /api that explains it. */
    URI type(ApiProblem.Kind kind) {
        return URI.create(publicUrl.of(Api.PROBLEMS + kind.slug));
    }

    ProblemDetail of(ApiProblem problem, HttpServletRequest request) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(problem.kind().status, problem.getMessage());
        detail.setType(type(problem.kind()));
        detail.setTitle(problem.kind().title);
        detail.setInstance(URI.create(request.getRequestURI()));
        if (problem.parameter() != null) {
            detail.setProperty("parameter", problem.parameter());
        }
        return detail;
    }

    /** Writes a problem directly, for the filters that answer before Spring MVC. */
    void write(HttpServletRequest request, HttpServletResponse response, ApiProblem problem) throws IOException {
        response.setStatus(problem.kind().status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        ProblemDetail detail = of(problem, request);
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", detail.getType().toString());
        body.put("title", detail.getTitle());
        body.put("status", detail.getStatus());
        body.put("detail", detail.getDetail());
        body.put("instance", detail.getInstance().toString());
        if (detail.getProperties() != null) {
            body.putAll(detail.getProperties());
        }
        response.getOutputStream().write(json.writeValueAsBytes(body));
    }
}
