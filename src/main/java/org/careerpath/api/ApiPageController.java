package org.careerpath.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.careerpath.web.PublicPage;
import org.careerpath.web.PublicUrl;
import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API explained in the portal's own layout (/api), and its reference (/api/reference) rendered on the
 * server from the same OpenAPI document springdoc serves, so it needs no script and keeps the site's strict
 * Content-Security-Policy.
 */
@Controller
class ApiPageController {

    /** One operation as the reference lists it. */
    record OperationView(
            String id,
            String path,
            String summary,
            String tag,
            List<ParameterView> parameters,
            String example,
            List<ResponseView> responses,
            String schema) {}

    record ParameterView(String name, String in, boolean required, String type, String description, String example) {}

    record ResponseView(String status, String description) {}

    record SchemaView(String name, String description, List<PropertyView> properties) {}

    record PropertyView(String name, String type, String description, String example) {}

    /** A kind of problem as /api explains it; its entry's anchor is its type. */
    record ProblemKind(String slug, int status, String title) {}

    private final OpenApiWebMvcResource documents;
    private final JsonMapper json;
    private final PublicUrl publicUrl;

    ApiPageController(OpenApiWebMvcResource documents, JsonMapper json, PublicUrl publicUrl) {
        this.documents = documents;
        this.json = json;
        this.publicUrl = publicUrl;
    }

    @PublicPage
    @GetMapping("/api")
    String api(Model model) {
        model.addAttribute("base", publicUrl.base());
        model.addAttribute(
                "problems",
                java.util.Arrays.stream(ApiProblem.Kind.values())
                        .map(k -> new ProblemKind(k.slug, k.status.value(), k.title))
                        .toList());
        return "api/index";
    }

    @PublicPage
    @GetMapping("/api/reference")
    String reference(HttpServletRequest request, Model model) throws Exception {
        JsonNode doc = json.readTree(documents.openapiJson(request, "/v3/api-docs", Locale.ENGLISH));
        List<OperationView> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            JsonNode op = path.getValue().get("get");
            if (op == null) {
                continue;
            }
            List<ParameterView> parameters = new ArrayList<>();
            StringBuilder example = new StringBuilder(path.getKey());
            char separator = '?';
            for (JsonNode p : op.path("parameters")) {
                String name = p.path("name").asString();
                JsonNode ex = p.path("example");
                String shown = ex.isArray() && !ex.isEmpty() ? ex.get(0).asString() : ex.asString();
                parameters.add(new ParameterView(
                        name,
                        p.path("in").asString(),
                        p.path("required").asBoolean(false),
                        type(p.path("schema")),
                        p.path("description").asString(""),
                        shown));
                if ("path".equals(p.path("in").asString())) {
                    example = new StringBuilder(example.toString().replace("{" + name + "}", shown));
                } else if (!"page".equals(name) && !"size".equals(name) && !"sort".equals(name)) {
                    example.append(separator)
                            .append(name)
                            .append('=')
                            .append(java.net.URLEncoder.encode(shown, java.nio.charset.StandardCharsets.UTF_8));
                    separator = '&';
                }
            }
            List<ResponseView> responses = new ArrayList<>();
            for (Map.Entry<String, JsonNode> r : op.path("responses").properties()) {
                responses.add(new ResponseView(
                        r.getKey(), r.getValue().path("description").asString("")));
            }
            String schema = op.path("responses")
                    .path("200")
                    .path("content")
                    .path("application/json")
                    .path("schema")
                    .path("$ref")
                    .asString("");
            operations.add(new OperationView(
                    op.path("operationId").asString(),
                    path.getKey(),
                    op.path("summary").asString(""),
                    op.path("tags").path(0).asString(""),
                    parameters,
                    example.toString(),
                    responses,
                    schema.substring(schema.lastIndexOf('/') + 1)));
        }
        List<SchemaView> schemas = new ArrayList<>();
        for (Map.Entry<String, JsonNode> s :
                doc.path("components").path("schemas").properties()) {
            List<PropertyView> properties = new ArrayList<>();
            for (Map.Entry<String, JsonNode> p : s.getValue().path("properties").properties()) {
                JsonNode ex = p.getValue().path("example");
                properties.add(new PropertyView(
                        p.getKey(),
                        type(p.getValue()),
                        p.getValue().path("description").asString(""),
                        ex.isMissingNode() ? "" : ex.isString() ? ex.asString() : ex.toString()));
            }
            schemas.add(
                    new SchemaView(s.getKey(), s.getValue().path("description").asString(""), properties));
        }
        model.addAttribute("operations", operations);
        model.addAttribute("schemas", schemas);
        model.addAttribute("openapi", doc.path("openapi").asString());
        return "api/reference";
    }

    /** A schema's type in words: "string", "integer or null", "array of LevelItem", "LevelRef". */
    private static String type(JsonNode schema) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asString();
            return ref.substring(ref.lastIndexOf('/') + 1);
        }
        JsonNode type = schema.path("type");
        String text;
        if (type.isArray()) {
            List<String> names = new ArrayList<>();
            type.forEach(t -> names.add(t.asString()));
            text = String.join(" or ", names);
        } else {
            text = type.asString("object");
        }
        if (text.startsWith("array")) {
            return "array of " + type(schema.path("items"));
        }
        return text;
    }
}
