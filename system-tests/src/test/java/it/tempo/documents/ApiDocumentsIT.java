package it.tempo.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.tempo.platform.problem.Problem;
import app.tempo.platform.problem.ProblemType;
import it.tempo.support.OpenApi;
import it.tempo.support.OpenApi.Operation;
import it.tempo.support.Reply;
import it.tempo.support.Stack;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Each WAR's served OpenAPI document is complete and true: every resource method the running WAR has is in it and
 * nothing else; it names the API, the SSO's bearer scheme every operation requires, the Problem schema with every
 * problem type, and only references it defines; and every operation, called without a token and then by alice
 * with a valid body, answers with a status its document lists.
 */
class ApiDocumentsIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Pattern REFERENCE = Pattern.compile("\"\\$ref\":\"#/components/schemas/([^\"]+)\"");
    private static final Map<String, URI> SERVERS = Map.of("account-war", Stack.account(), "training-war", Stack.training(),
            "interaction-war", Stack.interaction());

    @Test
    void everyResourceMethodOfEachWarIsDocumentedAndNothingElse() {
        SERVERS.forEach((war, server) -> {
            Set<String> inCode = ResourceMethods.of(Path.of(System.getProperty("tempo.root"), "stack/target/runtime/deploy", war + ".war"));
            JsonObject document = served(server);
            Set<String> documented = new TreeSet<>();
            document.getJsonObject("paths").forEach((template, item) -> item.asJsonObject().keySet().stream()
                    .filter(method -> Set.of("get", "put", "post", "delete", "patch").contains(method))
                    .forEach(method -> documented.add(method.toUpperCase() + " " + template)));
            assertTrue(inCode.size() >= 10, war + " has its resources: " + inCode);
            assertEquals(inCode, documented, war + ": the resource methods in the WAR and the operations in its document");
        });
    }

    @Test
    void eachDocumentNamesItsApiTheSsoSchemeAndEveryProblemType() {
        List<String> everyType = Arrays.stream(ProblemType.values()).map(Problem::typeOf).distinct().sorted().toList();
        SERVERS.forEach((war, server) -> {
            JsonObject document = served(server);
            JsonObject info = document.getJsonObject("info");
            assertNotEquals("Generated API", info.getString("title"), war + " names its API");
            assertTrue(info.getString("title").startsWith("Tempo "), war + ": " + info);
            JsonObject scheme = document.getJsonObject("components").getJsonObject("securitySchemes").getJsonObject("sso");
            assertEquals("http", scheme.getString("type"), war + "'s sso scheme");
            assertEquals("bearer", scheme.getString("scheme"));
            assertEquals("JWT", scheme.getString("bearerFormat"));
            assertEquals(List.of("sso"), document.getJsonArray("security").getJsonObject(0).keySet().stream().toList(),
                    war + ": every operation requires the SSO's token");
            JsonObject problem = document.getJsonObject("components").getJsonObject("schemas").getJsonObject("Problem");
            List<String> types = problem.getJsonObject("properties").getJsonObject("type").getJsonArray("enum")
                    .getValuesAs(JsonString.class).stream().map(JsonString::getString).sorted().toList();
            assertEquals(everyType, types, war + ": the Problem schema lists every problem type");

            Set<String> defined = document.getJsonObject("components").getJsonObject("schemas").keySet();
            Matcher references = REFERENCE.matcher(document.toString());
            List<String> dangling = new ArrayList<>();
            while (references.find()) {
                if (!defined.contains(references.group(1))) {
                    dangling.add(references.group(1));
                }
            }
            assertEquals(List.of(), dangling, war + ": every schema referenced is defined");
        });
    }

    /** TokenAttacksIT proves every operation answers 401 without a valid token; here its document must say so. */
    @Test
    void everyOperationListsTheRefusalOfAMissingTokenAndAnswersAValidRequestWithAListedStatus() {
        List<String> undocumented = new ArrayList<>();
        for (Operation operation : OpenApi.operations()) {
            if (!operation.documents(401)) {
                undocumented.add(operation.label() + " → 401");
            }
            byte[] body = operation.body().map(schema -> schema.validInstance().toString().getBytes(StandardCharsets.UTF_8))
                    .orElse(null);
            Reply reply = operation.send("alice", operation.path(name -> UUID.randomUUID().toString()), body);
            assertTrue(reply.status() < 500, operation.label() + " answered " + reply);
            if (!operation.documents(reply.status())) {
                undocumented.add(operation.label() + " → " + reply.status() + " " + reply.body());
            }
        }
        assertEquals(List.of(), undocumented, "answers the documents do not list");
    }

    private static JsonObject served(URI server) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(server.resolve("/openapi?format=JSON")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), server + "/openapi");
            return Json.createReader(new StringReader(response.body())).readObject();
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
