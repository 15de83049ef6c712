package org.concord.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.concord.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API's contract: every endpoint answers every role as its {@code @Allowed} says (the
 * others get a 403 problem, whoever they are), and the OpenAPI document Payara Micro serves at
 * {@code /openapi} parses, documents exactly the endpoints the resource classes declare, with
 * their problem answers, and every path in it is called here.
 */
class ApiContractIT {

    private static final String MISSING = "999999999";

    private static ConcordServer server;
    private static ApiFixtures api;

    @BeforeAll
    static void start() {
        server = ConcordServer.get();
        api = new ApiFixtures(server);
    }

    /** One endpoint as the resource classes declare it: method, path under /api/v1, roles allowed. */
    record Endpoint(String method, String path, Set<Role> roles) {
        String key() {
            return method + " " + path;
        }
    }

    /** Every endpoint, read from the resource classes (JAX-RS annotations and {@code @Allowed}). */
    static List<Endpoint> declared() throws IOException, URISyntaxException, ClassNotFoundException {
        List<Endpoint> endpoints = new ArrayList<>();
        Path folder = Path.of(org.concord.api.ApiApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("org/concord/api");
        List<String> names;
        try (Stream<Path> files = Files.list(folder)) {
            names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith("Resource.class")).toList();
        }
        for (String name : names) {
            Class<?> type = Class.forName("org.concord.api." + name.replace(".class", ""));
            String root = type.getAnnotation(jakarta.ws.rs.Path.class).value();
            for (Method method : type.getDeclaredMethods()) {
                String verb = Stream.of(jakarta.ws.rs.GET.class, jakarta.ws.rs.POST.class, jakarta.ws.rs.PUT.class,
                                jakarta.ws.rs.DELETE.class).filter(method::isAnnotationPresent)
                        .map(a -> a.getSimpleName()).findFirst().orElse(null);
                if (verb == null) {
                    continue;
                }
                jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                String path = (root + (sub == null ? "" : sub.value())).replaceAll("/+$", "");
                org.concord.api.Allowed allowed = method.getAnnotation(org.concord.api.Allowed.class);
                if (allowed == null) {
                    allowed = type.getAnnotation(org.concord.api.Allowed.class);
                }
                assertNotNull(allowed, path + " says who may call it");
                endpoints.add(new Endpoint(verb, path, Set.copyOf(List.of(allowed.value()))));
            }
        }
        return endpoints;
    }

    /** The path with ids filled in: a real candidate of the recruiter's (the record rules then let its owner and HR in). */
    private static String concrete(String path) {
        if (path.startsWith("/candidates/{id}")) {
            long candidate = api.as(Role.RECRUITER).contentType("application/json")
                    .body("{\"name\":\"Contract candidate\",\"position\":\"Buyer\",\"consentGiven\":true}")
                    .post("/candidates").then().statusCode(201).extract().jsonPath().getLong("id");
            path = path.replace("{id}", String.valueOf(candidate));
        }
        return path.replace("{id}/versions/{version}", "none/versions/1").replaceAll("\\{mailing\\}", "none")
                .replaceAll("\\{[a-z]+\\}", MISSING);
    }

    private static Response call(Role role, String method, String path) {
        var request = api.as(role).contentType(path.endsWith("/import") ? "text/csv" : "application/json");
        if (!method.equals("GET") && !method.equals("DELETE")) {
            request = request.body(path.endsWith("/import") ? "x,y@example.org\n" : "{}");
        }
        return request.request(method, concrete(path));
    }

    @Test
    void everyEndpointAnswersEveryRoleAsItsRuleSays() throws Exception {
        List<Endpoint> endpoints = declared();
        assertTrue(endpoints.size() >= 15, "endpoints found: " + endpoints);
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            for (Role role : EnumSet.allOf(Role.class)) {
                Response response = call(role, endpoint.method(), endpoint.path());
                int status = response.statusCode();
                boolean allowed = endpoint.roles().contains(role);
                if (allowed && (status == 401 || status == 403 || status == 405 || status >= 500)
                        || !allowed && status != 403) {
                    wrong.add(role + " " + endpoint.key() + " -> " + status + " " + response.asString());
                }
                if (status >= 400) {
                    String type = response.contentType();
                    if (type == null || !type.startsWith("application/problem+json")) {
                        wrong.add(role + " " + endpoint.key() + " -> " + status + " is not a problem document: " + type);
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    private static OpenAPI served() {
        String document = given().baseUri(server.url("")).accept("application/json").get("/openapi")
                .then().statusCode(200).extract().asString();
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document);
        assertNotNull(parsed.getOpenAPI(), "the served document parses: " + parsed.getMessages());
        return parsed.getOpenAPI();
    }

    private static Map<String, Operation> operations(PathItem item) {
        Map<String, Operation> operations = new java.util.LinkedHashMap<>();
        if (item.getGet() != null) {
            operations.put("GET", item.getGet());
        }
        if (item.getPost() != null) {
            operations.put("POST", item.getPost());
        }
        if (item.getPut() != null) {
            operations.put("PUT", item.getPut());
        }
        if (item.getDelete() != null) {
            operations.put("DELETE", item.getDelete());
        }
        return operations;
    }

    @Test
    void theServedOpenApiDocumentDescribesExactlyTheEndpointsWithTheirErrors() throws Exception {
        OpenAPI openApi = served();
        Set<String> documented = new TreeSet<>();
        List<String> gaps = new ArrayList<>();
        openApi.getPaths().forEach((path, item) -> {
            if (!path.startsWith("/api/v1/")) {
                return;
            }
            operations(item).forEach((method, operation) -> {
                String key = method + " " + path.substring("/api/v1".length());
                documented.add(key);
                if (operation.getSummary() == null) {
                    gaps.add(key + " has no summary");
                }
                for (String status : List.of("401", "429")) {
                    if (operation.getResponses() == null || !operation.getResponses().containsKey(status)) {
                        gaps.add(key + " documents no " + status);
                    }
                }
                operation.getResponses().forEach((status, response) -> {
                    var content = response.getContent();
                    if (status.charAt(0) >= '4' && (content == null || content.size() != 1
                            || !content.containsKey("application/problem+json")
                            || !"#/components/schemas/Problem".equals(content.get("application/problem+json").getSchema().get$ref()))) {
                        gaps.add(key + " documents " + status + " without the problem document alone");
                    }
                });
                boolean success = operation.getResponses().keySet().stream().anyMatch(s -> s.startsWith("2"));
                if (!success) {
                    gaps.add(key + " documents no success");
                }
            });
        });
        Set<String> declared = new TreeSet<>(declared().stream().map(Endpoint::key).toList());
        assertEquals(declared, documented, "no endpoint undocumented, none documented that does not exist");
        assertTrue(gaps.isEmpty(), String.join("\n", gaps));
        assertNotNull(openApi.getComponents().getSecuritySchemes().get("token"), "the bearer token is described");
        assertNotNull(openApi.getComponents().getSchemas().get("Problem"), "the problem document is described");
    }

    @Test
    void everyDocumentedPathIsCalled() {
        OpenAPI openApi = served();
        List<String> wrong = new ArrayList<>();
        int called = 0;
        for (var entry : openApi.getPaths().entrySet()) {
            if (!entry.getKey().startsWith("/api/v1/")) {
                continue;
            }
            String path = entry.getKey().substring("/api/v1".length());
            for (String method : operations(entry.getValue()).keySet()) {
                boolean someoneMay = false;
                for (Role role : EnumSet.allOf(Role.class)) {
                    Response response = call(role, method, path);
                    called++;
                    int status = response.statusCode();
                    if (status == 405 || status >= 500 || status == 401) {
                        wrong.add(role + " " + method + " " + path + " -> " + status);
                    }
                    someoneMay |= status != 403;
                }
                if (!someoneMay) {
                    wrong.add(method + " " + path + " refuses every role");
                }
            }
        }
        assertTrue(called > 60, "calls made: " + called);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertFalse(openApi.getPaths().isEmpty());
    }
}
