package org.careerpath.api;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Any other address under the API is a problem-details 404, not the site's HTML page. */
@RestController
@Hidden
class ApiNotFoundController {

    @GetMapping({Api.BASE, Api.BASE + "/**"})
    Object none(HttpServletRequest request) {
        throw ApiProblem.notFound("The API has nothing at " + Api.shorten(request.getRequestURI())
                + "; /v3/api-docs lists every operation.");
    }
}
