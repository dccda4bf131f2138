package app.tempo.platform.security;

import app.tempo.platform.problem.Problem;
import app.tempo.platform.problem.ProblemResponses;
import app.tempo.platform.problem.ProblemType;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What Liberty's verification of a token leaves out, answered 401 like any bad token: a key the SSO no longer
 * publishes (Liberty never forgets a key it fetched, so a withdrawn key's tokens would work until they expire or the
 * server restarts), and a token without a subject (Tempo knows a user only by it).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class TokenChecks implements ContainerRequestFilter {

    @Inject
    SigningKeys keys;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!(request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken token)) {
            return; // no token: the resource's own rules answer (401 where one is required)
        }
        String refusal = refusalOf(token);
        if (refusal != null) {
            request.abortWith(refused(refusal));
        }
    }

    /** Why a token Liberty verified is still refused, or null when it is not (also for channels JAX-RS does not serve). */
    public String refusalOf(JsonWebToken token) {
        if (token.getSubject() == null || token.getSubject().isBlank()) {
            return "The token names no user (no \"sub\" claim): request it with the openid scope";
        }
        if (!keys.publishes(keyIdOf(token.getRawToken()))) {
            return "The token is signed with a key the SSO no longer publishes; sign in again";
        }
        return null;
    }

    static String keyIdOf(String rawToken) {
        if (rawToken == null) {
            return null;
        }
        int dot = rawToken.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        try (var reader = Json.createReader(new StringReader(
                new String(Base64.getUrlDecoder().decode(rawToken.substring(0, dot)), StandardCharsets.UTF_8)))) {
            JsonObject header = reader.readObject();
            return header.get("kid") instanceof JsonString kid ? kid.getString() : null;
        } catch (IllegalArgumentException | JsonException | IllegalStateException e) {
            return null;
        }
    }

    private static Response refused(String why) {
        Response problem = ProblemResponses.of(Problem.of(ProblemType.UNAUTHORIZED, why));
        return Response.fromResponse(problem)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"").build();
    }
}
