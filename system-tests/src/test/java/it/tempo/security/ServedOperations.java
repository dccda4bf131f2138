package it.tempo.security;

import it.tempo.support.Api;
import it.tempo.support.Reply;
import it.tempo.support.Stack;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Every operation the three servers list in their served OpenAPI documents, callable with any token. */
final class ServedOperations {

    private ServedOperations() {
    }

    record Operation(URI server, String method, String path) {

        /** Sends it with fresh UUIDs for path parameters and an empty JSON object as body (enough to reach the checks). */
        Reply call(Api api) {
            String concrete = path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            return switch (method) {
                case "get" -> api.get(concrete);
                case "put" -> api.put(concrete, "{}");
                default -> api.send(method.toUpperCase(), concrete, "{}");
            };
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    static List<Operation> all() {
        List<Operation> operations = new ArrayList<>();
        for (URI server : List.of(Stack.account(), Stack.training(), Stack.interaction())) {
            Reply document = Api.anonymous(server).get("/openapi?format=JSON");
            if (document.status() != 200) {
                throw new AssertionError("no OpenAPI document at " + server + ": " + document);
            }
            JsonObject openApi = Json.createReader(new StringReader(document.body())).readObject();
            String base = URI.create(openApi.getJsonArray("servers").getJsonObject(0).getString("url")).getPath();
            for (Map.Entry<String, jakarta.json.JsonValue> path : openApi.getJsonObject("paths").entrySet()) {
                for (String method : path.getValue().asJsonObject().keySet()) {
                    operations.add(new Operation(server, method, base + path.getKey()));
                }
            }
        }
        if (operations.size() < 8) {
            throw new AssertionError("the OpenAPI documents list only " + operations);
        }
        return operations;
    }
}
