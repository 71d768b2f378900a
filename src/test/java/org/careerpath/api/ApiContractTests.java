package org.careerpath.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careerpath.support.PortalIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The API against its own OpenAPI document, generated from the code by springdoc: every operation the
 * document lists is called with its examples and its answer is validated against its schema, made strict
 * here (every documented field present, no undocumented field), so a new operation cannot escape the check
 * and a field cannot drift from its description. The document is also written to target/openapi for the
 * linter that {@code ./mvnw verify} runs next.
 */
@PortalIntegrationTest
class ApiContractTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private JsonNode document;

    @BeforeEach
    void readTheDocument() throws Exception {
        HttpResponse<String> json = get("/v3/api-docs");
        assertThat(json.statusCode()).isEqualTo(200);
        document = JSON.readTree(json.body());
        HttpResponse<String> yaml = get("/v3/api-docs.yaml");
        assertThat(yaml.statusCode()).isEqualTo(200);
        assertThat(yaml.body()).startsWith("openapi: 3.1.0");
        Path folder = Path.of("target", "openapi");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("openapi.json"), json.body());
        Files.writeString(folder.resolve("openapi.yaml"), yaml.body());
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theDocumentIsOpenApi31AndListsTheApi() {
        assertThat(document.path("openapi").asText()).isEqualTo("3.1.0");
        List<String> paths = new ArrayList<>();
        document.path("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths)
                .contains(
                        "/api/v1/tracks",
                        "/api/v1/levels",
                        "/api/v1/levels/{slug}",
                        "/api/v1/skill-categories",
                        "/api/v1/dimensions",
                        "/api/v1/dimensions/{slug}",
                        "/api/v1/matrix",
                        "/api/v1/roles",
                        "/api/v1/roles/{slug}",
                        "/api/v1/moves",
                        "/api/v1/certifications",
                        "/api/v1/certifications/{slug}",
                        "/api/v1/sources",
                        "/api/v1/sources/{slug}",
                        "/api/v1/salaries",
                        "/api/v1/search")
                .allMatch(p -> p.startsWith("/api/v1/"));
    }

    @Test
    void everyOperationParameterAndSchemaHasAnExample() {
        document.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                    String where = op.getKey().toUpperCase() + " " + path.getKey();
                    assertThat(op.getValue().path("summary").asText())
                            .as(where + " summary")
                            .isNotBlank();
                    assertThat(op.getValue().path("operationId").asText())
                            .as(where + " operationId")
                            .isNotBlank();
                    for (JsonNode parameter : op.getValue().path("parameters")) {
                        assertThat(parameter.has("example"))
                                .as(where + " parameter "
                                        + parameter.path("name").asText())
                                .isTrue();
                        assertThat(parameter.path("description").asText()).isNotBlank();
                    }
                }));
        document.path("components").path("schemas").fields().forEachRemaining(schema -> {
            assertThat(schema.getValue().path("description").asText())
                    .as("description of " + schema.getKey())
                    .isNotBlank();
            schema.getValue().path("properties").fields().forEachRemaining(property -> {
                JsonNode p = property.getValue();
                boolean structure = p.has("$ref")
                        || p.path("anyOf").findValue("$ref") != null
                        || "array".equals(p.path("type").asText())
                                && !p.has("example")
                                && p.path("items").has("$ref");
                assertThat(structure || p.has("example"))
                        .as(schema.getKey() + "." + property.getKey() + " has an example")
                        .isTrue();
            });
        });
    }

    @Test
    void everyOperationAnswersItsExampleWithWhatItsSchemaSays() throws Exception {
        JsonNode strict = strictSchemas(document);
        // OpenAPI's own keywords (example, discriminator, ...) annotate; they do not validate
        JsonMetaSchema openApi = JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                .unknownKeywordFactory((keyword, context) -> new NonValidationKeyword(keyword))
                .build();
        JsonSchemaFactory factory =
                JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, b -> b.metaSchema(openApi));
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths =
                        document.path("paths").fields();
                paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode operation = path.getValue().path("get");
            assertThat(path.getValue().size())
                    .as("only GET is documented for " + path.getKey())
                    .isEqualTo(1);
            String address = example(path.getKey(), operation);
            HttpResponse<String> response = get(address);
            assertThat(response.statusCode())
                    .as(address + "\n" + response.body())
                    .isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
            assertThat(response.headers().firstValue("ETag")).as(address).isPresent();
            assertThat(response.headers().firstValue("CareerPath-Content-Version"))
                    .as(address)
                    .isPresent();

            JsonNode schemaOfOk = operation
                    .path("responses")
                    .path("200")
                    .path("content")
                    .path("application/json")
                    .path("schema");
            ObjectNode root = JSON.createObjectNode();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.set("components", strict.path("components").deepCopy());
            root.putArray("allOf").add(schemaOfOk);
            JsonSchema schema = factory.getSchema(root);
            Set<ValidationMessage> errors = schema.validate(JSON.readTree(response.body()));
            assertThat(errors).as(address + " against its schema").isEmpty();
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(16);

        // and the check can fail: a level without its fields, with a field nobody documented
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("components", strict.path("components").deepCopy());
        root.putArray("allOf").addObject().put("$ref", "#/components/schemas/LevelDetail");
        assertThat(factory.getSchema(root).validate(JSON.readTree("{\"level\": {\"slug\": 7}, \"salary\": 1}")))
                .isNotEmpty();
    }

    /** The address an operation's examples make: path variables filled in, every query parameter given. */
    static String example(String path, JsonNode operation) {
        String address = path;
        List<String> query = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            String name = parameter.path("name").asText();
            JsonNode example = parameter.path("example");
            List<String> values = new ArrayList<>();
            if (example.isArray()) {
                example.forEach(v -> values.add(v.asText()));
            } else {
                values.add(example.asText());
            }
            if ("path".equals(parameter.path("in").asText())) {
                address = address.replace("{" + name + "}", URLEncoder.encode(values.get(0), StandardCharsets.UTF_8));
            } else {
                values.forEach(v -> query.add(name + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
            }
        }
        return query.isEmpty() ? address : address + "?" + String.join("&", query);
    }

    /**
     * The document with every object schema closed: each declared property required (the API always writes
     * every field, null where there is nothing) and no other property allowed.
     */
    static JsonNode strictSchemas(JsonNode document) {
        ObjectNode copy = document.deepCopy();
        copy.path("components").path("schemas").forEach(schema -> {
            if (schema.has("properties") && schema instanceof ObjectNode object) {
                ArrayNode required = object.putArray("required");
                schema.path("properties").fieldNames().forEachRemaining(required::add);
                object.put("additionalProperties", false);
            }
        });
        return copy;
    }
}
