package it.tempo.support;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The operations the three servers publish in their OpenAPI documents ({@code /openapi?format=JSON}), read at run
 * time so that the generic suites (fuzzing, object-level authorization) cover an endpoint the day it is added.
 */
public final class OpenApi {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final AtomicInteger REPEATED_AFTER_503 = new AtomicInteger();

    private static final int FEWEST_OPERATIONS = 70;
    private static final int FIRST_EVENT_LIMIT = 64 * 1024;
    private static List<Document> documents;

    private OpenApi() {
    }

    /** The documents of account-war, training-war and interaction-war, read once per test run. */
    public static synchronized List<Document> documents() {
        if (documents == null) {
            documents = List.of(Document.served(Stack.account()), Document.served(Stack.training()),
                    Document.served(Stack.interaction()));
        }
        return documents;
    }

    /**
     * Every operation the servers document. At least {@value #FEWEST_OPERATIONS}: the suites that walk them would pass
     * vacuously if a server stopped documenting its API; raise the floor as the API grows.
     */
    public static List<Operation> operations() {
        List<Operation> operations = documents().stream().flatMap(document -> document.operations().stream()).toList();
        if (operations.size() < FEWEST_OPERATIONS) {
            throw new AssertionError("the served OpenAPI documents list " + operations.size() + " operations, fewer than the "
                    + FEWEST_OPERATIONS + " the API has: " + operations.stream().map(Operation::label).toList());
        }
        return operations;
    }

    /** One server's document: its base ({@code servers[0].url}), paths and component schemas. */
    public record Document(URI base, JsonObject paths, JsonObject schemas) {

        static Document served(URI server) {
            HttpResponse<String> response = exchange(HttpRequest.newBuilder(server.resolve("/openapi?format=JSON")).GET());
            if (response.statusCode() != 200) {
                throw new AssertionError("no OpenAPI document at " + server + ": " + response.statusCode());
            }
            JsonObject document = Json.createReader(new StringReader(response.body())).readObject();
            URI base = URI.create(document.getJsonArray("servers").getJsonObject(0).getString("url"));
            JsonObject components = document.getJsonObject("components");
            JsonObject schemas = components == null || !components.containsKey("schemas") ? JsonValue.EMPTY_JSON_OBJECT
                    : components.getJsonObject("schemas");
            return new Document(base, document.getJsonObject("paths"), schemas);
        }

        public List<Operation> operations() {
            List<Operation> operations = new ArrayList<>();
            paths.forEach((template, item) -> item.asJsonObject().forEach((method, operation) -> {
                if (METHODS.contains(method)) {
                    operations.add(Operation.of(this, method.toUpperCase(), template, operation.asJsonObject()));
                }
            }));
            return operations;
        }

        public boolean lists(String method, String template) {
            return paths.containsKey(template) && paths.getJsonObject(template).containsKey(method.toLowerCase());
        }

        public Optional<Operation> operation(String method, String template) {
            return operations().stream().filter(operation -> operation.method().equals(method) && operation.template().equals(template))
                    .findFirst();
        }

        Schema schema(JsonObject json) {
            return Schema.resolve(json, schemas);
        }
    }

    public record Parameter(String name, String in, boolean required, Schema schema) {
    }

    /** One method on one path template, e.g. {@code PUT /trainings/{id}/completion} of training-war. */
    public record Operation(Document document, String method, String template, List<Parameter> parameters, Optional<Schema> body,
                            Optional<Upload> upload, boolean stream, boolean shared, Set<Integer> answers) {

        static Operation of(Document document, String method, String template, JsonObject json) {
            List<Parameter> parameters = new ArrayList<>();
            if (json.containsKey("parameters")) {
                for (JsonObject parameter : json.getJsonArray("parameters").getValuesAs(JsonObject.class)) {
                    parameters.add(new Parameter(parameter.getString("name"), parameter.getString("in"),
                            parameter.getBoolean("required", false),
                            document.schema(parameter.containsKey("schema") ? parameter.getJsonObject("schema") : JsonValue.EMPTY_JSON_OBJECT)));
                }
            }
            Optional<Schema> body = Optional.ofNullable(json.getJsonObject("requestBody"))
                    .map(request -> request.getJsonObject("content"))
                    .filter(content -> content.containsKey("application/json"))
                    .map(content -> content.getJsonObject("application/json"))
                    .map(media -> document.schema(media.containsKey("schema") ? media.getJsonObject("schema") : JsonValue.EMPTY_JSON_OBJECT));
            return new Operation(document, method, template, List.copyOf(parameters), body, upload(json), streams(json),
                    json.getBoolean("x-tempo-shared", false) || "true".equals(json.getString("x-tempo-shared", "")),
                    Optional.ofNullable(json.getJsonObject("responses")).map(responses -> responses.keySet().stream()
                            .filter(status -> status.matches("\\d{3}")).map(Integer::valueOf).collect(Collectors.toSet()))
                            .orElse(Set.of()));
        }

        /** Whether the document lists this status among the operation's answers. */
        public boolean documents(int status) {
            return answers.contains(status);
        }

        /** Whether it answers with a stream that stays open (Server-Sent Events): no list to page through. */
        private static boolean streams(JsonObject json) {
            return Optional.ofNullable(json.getJsonObject("responses")).map(responses -> responses.toString().contains("text/event-stream"))
                    .orElse(false);
        }

        /** A body that is not JSON (a file), of the first media type whose document gives an example of it. */
        private static Optional<Upload> upload(JsonObject json) {
            JsonObject content = Optional.ofNullable(json.getJsonObject("requestBody")).map(request -> request.getJsonObject("content"))
                    .orElse(JsonValue.EMPTY_JSON_OBJECT);
            if (content.containsKey("application/json")) {
                return Optional.empty();
            }
            return content.entrySet().stream().filter(media -> media.getValue().asJsonObject().get("example") instanceof JsonString)
                    .findFirst().map(media -> new Upload(media.getKey(),
                            ((JsonString) media.getValue().asJsonObject().get("example")).getString().getBytes(StandardCharsets.UTF_8)));
        }

        /** E.g. {@code PUT /api/v1/training/trainings/{id}/completion}. */
        public String label() {
            return method + " " + document.base().getPath() + template;
        }

        public List<Parameter> parameters(String in) {
            return parameters.stream().filter(parameter -> parameter.in().equals(in)).toList();
        }

        public List<String> pathParameters() {
            List<String> names = new ArrayList<>();
            Matcher matcher = PATH_PARAMETER.matcher(template);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names;
        }

        /** The path part before the first path parameter: {@code /trainings} for {@code /trainings/{id}/completion}. */
        public String collection() {
            int brace = template.indexOf("/{");
            return brace < 0 ? template : template.substring(0, brace);
        }

        /**
         * Whether its path names another athlete ({@code {subject}}: friends, blocks, profiles) rather than a resource:
         * it acts on the caller's own side of their relationship, so there is no one else's object to reach.
         */
        public boolean namesAnAthlete() {
            return pathParameters().equals(List.of("subject"));
        }

        /** A PUT on exactly {@code <collection>/{id}}: the client creates the resource with an id of its own. */
        public boolean createsWithClientId() {
            return method.equals("PUT") && pathParameters().size() == 1
                    && template.equals(collection() + "/{" + pathParameters().get(0) + "}");
        }

        /** The nearest template, this one or a parent, the document lists a GET for: where what this writes is read. */
        public Optional<String> readTemplate() {
            String candidate = template;
            while (candidate.contains("{")) {
                if (document.lists("GET", candidate)) {
                    return Optional.of(candidate);
                }
                candidate = candidate.substring(0, candidate.lastIndexOf('/'));
            }
            return Optional.empty();
        }

        /** The absolute path (with the server's base path) of this operation's template, parameters filled in. */
        public String path(Function<String, String> valueOfParameter) {
            Matcher matcher = PATH_PARAMETER.matcher(template);
            StringBuilder path = new StringBuilder();
            while (matcher.find()) {
                matcher.appendReplacement(path, Matcher.quoteReplacement(valueOfParameter.apply(matcher.group(1))));
            }
            matcher.appendTail(path);
            return document.base().getPath() + path;
        }

        public String path(String everyParameter) {
            return path(name -> everyParameter);
        }

        /** Sends this operation as the user to {@code pathAndQuery} (absolute, see {@link #path}); headers as name, value pairs. */
        public Reply send(String user, String pathAndQuery, byte[] body, String... headers) {
            if (body != null && this.body.isEmpty() && upload.isPresent()) {
                String[] withType = java.util.Arrays.copyOf(headers, headers.length + 2);
                withType[headers.length] = "Content-Type";
                withType[headers.length + 1] = upload.get().mediaType();
                return OpenApi.send(user, method, document.base().resolve(pathAndQuery), body, withType);
            }
            return OpenApi.send(user, method, document.base().resolve(pathAndQuery), body, headers);
        }
    }

    /** A file an operation takes instead of JSON: its media type, and the example its document gives. */
    public record Upload(String mediaType, byte[] example) {
    }

    /** A request schema with its {@code $ref}s resolved. */
    public record Schema(String name, JsonObject json, Map<String, Schema> properties, Optional<Schema> items) {

        private static final int DEEPEST = 8;

        static Schema resolve(JsonObject json, JsonObject components) {
            return resolve(json, components, 0);
        }

        /** Resolved to {@link #DEEPEST} levels, so that a schema that refers to itself ends. */
        private static Schema resolve(JsonObject json, JsonObject components, int depth) {
            String name = null;
            JsonObject resolved = json;
            if (json.containsKey("$ref")) {
                name = json.getString("$ref").substring(json.getString("$ref").lastIndexOf('/') + 1);
                resolved = components.containsKey(name) ? components.getJsonObject(name) : JsonValue.EMPTY_JSON_OBJECT;
            }
            Map<String, Schema> properties = new LinkedHashMap<>();
            if (depth >= DEEPEST) {
                return new Schema(name == null ? "any" : name, JsonValue.EMPTY_JSON_OBJECT, properties, Optional.empty());
            }
            if (resolved.containsKey("properties")) {
                JsonObject declared = resolved.getJsonObject("properties");
                declared.keySet().forEach(property -> properties.put(property, resolve(declared.getJsonObject(property), components, depth + 1)));
            }
            Optional<Schema> items = resolved.containsKey("items")
                    ? Optional.of(resolve(resolved.getJsonObject("items"), components, depth + 1)) : Optional.empty();
            return new Schema(name == null ? resolved.getString("type", "any") : name, resolved, properties, items);
        }

        public String type() {
            return json.getString("type", properties.isEmpty() ? "any" : "object");
        }

        public String format() {
            return json.getString("format", "");
        }

        public List<String> enumeration() {
            return json.containsKey("enum") ? json.getJsonArray("enum").stream()
                    .map(value -> value instanceof JsonString text ? text.getString() : value.toString()).toList() : List.of();
        }

        public Set<String> required() {
            return json.containsKey("required")
                    ? new TreeSet<>(json.getJsonArray("required").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList())
                    : Set.of();
        }

        /** The smallest value allowed, honouring {@code exclusiveMinimum} (3.0: a flag; 3.1: the bound). */
        public Optional<BigDecimal> lowest() {
            return bound("minimum", "exclusiveMinimum", BigDecimal.ONE);
        }

        public Optional<BigDecimal> highest() {
            return bound("maximum", "exclusiveMaximum", BigDecimal.ONE.negate());
        }

        public Optional<Integer> maxLength() {
            return number("maxLength").map(BigDecimal::intValue);
        }

        public Optional<Integer> maxItems() {
            return number("maxItems").map(BigDecimal::intValue);
        }

        /** Described by nothing but {@code type: object}: a client cannot know what to send. */
        public boolean bare() {
            return type().equals("object") && properties.isEmpty();
        }

        /** A valid instance: required properties only, enums from the schema, "Fuzz", numbers within their bounds, times now. */
        public JsonValue validInstance() {
            if (json.containsKey("example")) {
                return json.get("example"); // the document's own example of a valid value (e.g. a whole request body)
            }
            if (!enumeration().isEmpty()) {
                return Json.createValue(enumeration().get(0));
            }
            switch (type()) {
                case "object" -> {
                    JsonObjectBuilder object = Json.createObjectBuilder();
                    required().forEach(property -> object.add(property, properties.containsKey(property)
                            ? properties.get(property).validInstance() : Json.createValue("Fuzz")));
                    return object.build();
                }
                case "array" -> {
                    JsonArrayBuilder array = Json.createArrayBuilder();
                    int size = number("minItems").map(BigDecimal::intValue).orElse(0);
                    for (int i = 0; i < size; i++) {
                        array.add(items.map(Schema::validInstance).orElse(Json.createValue("Fuzz")));
                    }
                    return array.build();
                }
                case "integer" -> {
                    return Json.createValue(validNumber().setScale(0, RoundingMode.CEILING).toBigInteger());
                }
                case "number" -> {
                    return Json.createValue(validNumber());
                }
                case "boolean" -> {
                    return JsonValue.FALSE;
                }
                default -> {
                    return Json.createValue(validText());
                }
            }
        }

        private BigDecimal validNumber() {
            Optional<BigDecimal> low = lowest();
            Optional<BigDecimal> high = highest();
            if (low.isPresent() && high.isPresent()) {
                return low.get().add(high.get()).divide(BigDecimal.valueOf(2), RoundingMode.FLOOR);
            }
            return low.or(() -> high.map(max -> max.min(BigDecimal.ONE))).orElse(BigDecimal.ONE);
        }

        private String validText() {
            return switch (format()) {
                case "date-time" -> Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
                // yesterday in UTC is not in the future in any server time zone
                case "date" -> LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
                case "uuid" -> UUID.randomUUID().toString();
                default -> "Fuzz".substring(0, Math.min(4, maxLength().orElse(4)));
            };
        }

        private Optional<BigDecimal> bound(String key, String exclusiveKey, BigDecimal step) {
            Optional<BigDecimal> bound = number(key);
            JsonValue exclusive = json.get(exclusiveKey);
            if (exclusive instanceof JsonNumber exclusiveBound) {
                return Optional.of(exclusiveBound.bigDecimalValue().add(step));
            }
            return JsonValue.TRUE.equals(exclusive) ? bound.map(value -> value.add(step)) : bound;
        }

        private Optional<BigDecimal> number(String key) {
            return json.get(key) instanceof JsonNumber number ? Optional.of(number.bigDecimalValue()) : Optional.empty();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * Sends any method with the user's token; {@code body} null for none; headers as name, value pairs. A 503 with
     * Retry-After (the database or a server is away, the request did not take effect) is repeated after the delay, as
     * the README asks of clients, for up to a minute; the last answer is returned.
     */
    public static Reply send(String user, String method, URI uri, byte[] body, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + Sso.token(user))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null) {
            builder.header("Content-Type", "application/json");
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.setHeader(headers[i], headers[i + 1]); // a Content-Type given here replaces the JSON one
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        HttpResponse<String> response = exchange(builder);
        Optional<String> retryAfter = response.headers().firstValue("Retry-After");
        while (response.statusCode() == 503 && retryAfter.isPresent() && System.nanoTime() < deadline) {
            REPEATED_AFTER_503.incrementAndGet();
            pause(retryAfter.get());
            response = exchange(builder);
            retryAfter = response.headers().firstValue("Retry-After");
        }
        return new Reply(response.statusCode(), response.headers(), response.body());
    }

    /** Up to the blank line that ends the first event (leading blank lines skipped). */
    private static String firstEvent(InputStream in) throws IOException {
        ByteArrayOutputStream event = new ByteArrayOutputStream();
        int previous = '\n';
        for (int next = in.read(); next >= 0 && event.size() < FIRST_EVENT_LIMIT; next = in.read()) {
            if (next == '\n' && previous == '\n') {
                if (event.size() > 0) {
                    break;
                }
                continue;
            }
            if (!(next == '\n' && event.size() == 0)) {
                event.write(next);
            }
            previous = next;
        }
        return event.toString(StandardCharsets.UTF_8);
    }

    /** A response whose body was read as text (the whole of it, or a stream's first event). */
    private record Answer(HttpResponse<InputStream> response, String body) implements HttpResponse<String> {
        @Override
        public int statusCode() {
            return response.statusCode();
        }

        @Override
        public HttpRequest request() {
            return response.request();
        }

        @Override
        public Optional<HttpResponse<String>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public java.net.http.HttpHeaders headers() {
            return response.headers();
        }

        @Override
        public Optional<javax.net.ssl.SSLSession> sslSession() {
            return response.sslSession();
        }

        @Override
        public URI uri() {
            return response.uri();
        }

        @Override
        public HttpClient.Version version() {
            return response.version();
        }
    }

    /** How many requests were repeated because the server answered 503 with Retry-After. */
    public static int repeatedAfter503() {
        return REPEATED_AFTER_503.get();
    }

    private static void pause(String retryAfterSeconds) {
        try {
            Thread.sleep(Duration.ofSeconds(Math.max(1, Long.parseLong(retryAfterSeconds.trim()))).toMillis());
        } catch (NumberFormatException e) {
            throw new AssertionError("Retry-After is not a number of seconds: " + retryAfterSeconds, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The answer; of a stream that stays open (Server-Sent Events), only its first event. */
    private static HttpResponse<String> exchange(HttpRequest.Builder builder) {
        try {
            HttpResponse<InputStream> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
            String body;
            try (InputStream in = response.body()) {
                body = response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")
                        ? firstEvent(in) : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            return new Answer(response, body);
        } catch (IOException e) {
            throw new AssertionError("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
