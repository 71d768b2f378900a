package org.careerpath.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careerpath.web.PublicUrl;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description springdoc-openapi generates from the API's controllers (/v3/api-docs, as JSON and
 * YAML): what the API is, its licence, its server, and what every operation may answer besides its data: a
 * 304 for a matching If-None-Match, problem details for bad input (400), a missing resource (404) and the
 * rate limit (429), with the ETag and content version headers on success.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String PROBLEM = "Problem";

    @Bean
    OpenAPI careerPathOpenApi(PublicUrl publicUrl) {
        return new OpenAPI()
                .info(new Info()
                        .title("CareerPath API")
                        .version("1")
                        .summary("The career model, guides, pay and certifications of the CareerPath portal, as data.")
                        .description("Read-only JSON for machine learning engineers' career paths: tracks and levels"
                                + " with what each expects, skills and dimensions with per-step advice, the whole"
                                + " matrix, roles and their guides, career moves, certifications, salary figures"
                                + " with their statistic, basis and source, and search. Every response names the"
                                + " content version it was made from and carries a strong ETag. See "
                                + publicUrl.of("/api") + " for limits and examples.")
                        .contact(new Contact().name("CareerPath").url(publicUrl.of("/api")))
                        .license(new License()
                                .name("CareerPath's text: all rights reserved; the aijobs.net survey figures: CC0 1.0")
                                .url(publicUrl.of("/api#licence"))))
                .servers(List.of(new Server().url(publicUrl.base()).description("This portal")))
                .components(new Components().addSchemas(PROBLEM, problemSchema(publicUrl)));
    }

    private static Schema<?> problemSchema(PublicUrl publicUrl) {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put(
                "type",
                new StringSchema()
                        .format("uri")
                        .description("The kind of problem: an anchor on /api that explains it.")
                        .example(publicUrl.of(Api.PROBLEMS + "bad-parameter")));
        properties.put(
                "title",
                new StringSchema()
                        .description("The kind of problem in words.")
                        .example("A parameter has a value the API cannot use"));
        properties.put(
                "status", new IntegerSchema().description("The HTTP status.").example(400));
        properties.put(
                "detail",
                new StringSchema()
                        .description("What was wrong with this request.")
                        .example("size must be between 1 and 100; it was 500."));
        properties.put(
                "instance",
                new StringSchema()
                        .format("uri-reference")
                        .description("The address asked for.")
                        .example("/api/v1/levels"));
        properties.put(
                "parameter",
                new StringSchema()
                        .description("The parameter or header at fault, where there is one.")
                        .example("size"));
        Schema<Object> problem = new Schema<Object>()
                .type("object")
                .description("RFC 9457 problem details.")
                .properties(properties)
                .required(List.of("type", "title", "status", "detail"));
        problem.example(Map.of(
                "type", publicUrl.of(Api.PROBLEMS + "bad-parameter"),
                "title", "A parameter has a value the API cannot use",
                "status", 400,
                "detail", "size must be between 1 and 100; it was 500.",
                "instance", "/api/v1/levels",
                "parameter", "size"));
        return problem;
    }

    /** The answers every operation may give besides its data, and the headers of its data. */
    @Bean
    OpenApiCustomizer careerPathResponses() {
        return openApi -> openApi.getPaths()
                .forEach((path, item) -> item.readOperations().forEach(operation -> {
                    // every operation is public: no credentials of any kind
                    operation.setSecurity(new java.util.ArrayList<>());
                    var responses = operation.getResponses();
                    ApiResponse ok = responses.get("200");
                    if (ok != null) {
                        ok.description("The data.");
                        ok.addHeaderObject(
                                "ETag",
                                new Header()
                                        .description("A strong entity tag: the content version and the address.")
                                        .schema(new StringSchema().example("\"v12-3f2a9c41d0b7e6a58c21\"")));
                        ok.addHeaderObject(
                                Api.CONTENT_VERSION,
                                new Header()
                                        .description("The content version the response was made from.")
                                        .schema(new IntegerSchema().example(12)));
                    }
                    responses.addApiResponse(
                            "304",
                            new ApiResponse().description("Not modified: If-None-Match named the current ETag."));
                    responses.addApiResponse("400", problem("The request has a bad or unknown parameter or header."));
                    if (path.contains("{")) {
                        responses.addApiResponse("404", problem("Nothing has this slug."));
                    }
                    ApiResponse tooMany = problem("Past the rate limit; Retry-After says when to try again.");
                    tooMany.addHeaderObject(
                            "Retry-After",
                            new Header().description("Seconds to wait.").schema(new IntegerSchema().example(30)));
                    responses.addApiResponse("429", tooMany);
                }));
    }

    /**
     * A field that refers to another schema and may be null: springdoc writes {@code type: null} beside the
     * {@code $ref}, which says it is always null; OpenAPI 3.1 says "either" with anyOf.
     */
    @Bean
    OpenApiCustomizer nullableReferences() {
        return openApi -> openApi.getComponents().getSchemas().values().forEach(schema -> {
            Map<String, Schema> properties = schema.getProperties();
            if (properties == null) {
                return;
            }
            properties.replaceAll((name, property) -> {
                boolean nullable = property.get$ref() != null
                        && (property.getTypes() != null && property.getTypes().contains("null")
                                || "null".equals(property.getType()));
                if (!nullable) {
                    return property;
                }
                Schema<Object> either = new io.swagger.v3.oas.models.media.JsonSchema();
                either.setDescription(property.getDescription());
                either.setAnyOf(List.of(
                        new io.swagger.v3.oas.models.media.JsonSchema().$ref(property.get$ref()),
                        new io.swagger.v3.oas.models.media.JsonSchema().types(java.util.Set.of("null"))));
                return either;
            });
        });
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                "application/problem+json",
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }
}
