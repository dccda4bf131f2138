package app.tempo.platform.sync;

import app.tempo.platform.problem.ProblemType;
import app.tempo.platform.sync.BatchRequest.Mutation;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;

/** Sends a batch's mutations to the server that received the batch, as requests of the same caller. */
@ApplicationScoped
public class LoopbackRequests {

    private static final Pattern SAFE_PATH = Pattern.compile("(/[A-Za-z0-9._~-]+)+");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Resource
    ManagedExecutorService executor;

    private volatile HttpClient client;

    Target targetOf(HttpServletRequest batch) {
        String host = batch.getLocalAddr().contains(":") ? "[" + batch.getLocalAddr() + "]" : batch.getLocalAddr();
        return new Target(client(), URI.create("http://" + host + ":" + batch.getLocalPort()), batch.getContextPath(),
                batch.getHeader("Authorization"));
    }

    private HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).executor(executor).build();
        }
        return client;
    }

    /** This server, this WAR's context root, this caller. */
    record Target(HttpClient client, URI server, String contextRoot, String authorization) {

        BatchReplay.Answer send(Mutation mutation, String device) throws IOException, InterruptedException {
            String refusal = refusalOf(mutation.path());
            if (refusal != null) {
                return new BatchReplay.Answer(400, null, BatchReplay.problem(ProblemType.INVALID_REQUEST, "path: " + refusal));
            }
            try {
                return exchange(mutation, device);
            } catch (IllegalArgumentException e) { // a header value the HTTP client refuses (validation should have)
                return new BatchReplay.Answer(400, null, BatchReplay.problem(ProblemType.INVALID_REQUEST, e.getMessage()));
            }
        }

        private BatchReplay.Answer exchange(Mutation mutation, String device) throws IOException, InterruptedException {
            boolean hasBody = mutation.body() != null && !mutation.method().equals("DELETE");
            HttpRequest.Builder builder = HttpRequest.newBuilder(server.resolve(mutation.path())).timeout(TIMEOUT)
                    .method(mutation.method(), hasBody ? HttpRequest.BodyPublishers.ofString(mutation.body().toString())
                            : HttpRequest.BodyPublishers.noBody())
                    .header("Authorization", authorization)
                    .header("Idempotency-Key", mutation.idempotencyKey() != null ? mutation.idempotencyKey()
                            : "batch:" + device + ":" + mutation.id());
            if (hasBody) {
                builder.header("Content-Type", "application/json");
            }
            if (mutation.ifMatch() != null && !mutation.ifMatch().isEmpty()) {
                builder.header("If-Match", mutation.ifMatch());
            }
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new BatchReplay.Answer(response.statusCode(), response.headers().firstValue("ETag").orElse(null), response.body());
        }

        /** Why the path cannot be a mutation of this WAR, or null. */
        private String refusalOf(String path) {
            if (!path.startsWith(contextRoot + "/") || !SAFE_PATH.matcher(path).matches() || path.contains("/../")
                    || path.endsWith("/..") || path.contains("/./")) {
                return "a resource of " + contextRoot + ", e.g. " + contextRoot + "/<collection>/<id>";
            }
            String rest = path.substring(contextRoot.length());
            if (rest.equals("/batch") || rest.equals("/sync") || rest.startsWith("/batch/") || rest.startsWith("/sync/")
                    || rest.equals("/sso-keys")) {
                return "a batch cannot contain batches, reads or the server's own endpoints";
            }
            return null;
        }
    }
}
