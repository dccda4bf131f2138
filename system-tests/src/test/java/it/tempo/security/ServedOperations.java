package it.tempo.security;

import it.tempo.support.Api;
import it.tempo.support.OpenApi;
import it.tempo.support.Reply;
import java.net.URI;
import java.util.List;
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
        List<Operation> operations = OpenApi.operations().stream()
                .map(operation -> new Operation(operation.document().base().resolve("/"), operation.method().toLowerCase(),
                        operation.document().base().getPath() + operation.template()))
                .toList();
        if (operations.size() < 8) {
            throw new AssertionError("the OpenAPI documents list only " + operations);
        }
        return operations;
    }
}
