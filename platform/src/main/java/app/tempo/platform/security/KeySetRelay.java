package app.tempo.platform.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The SSO's key set as {@link SigningKeys} holds it, for Liberty's MP JWT to read ({@code jwksUri} in security.xml
 * points here): Liberty's own fetch has no timeout, so a hanging SSO held every request with an unknown key id until
 * the SSO answered. Public keys only; not part of the API and not in the OpenAPI documents.
 */
@WebServlet(urlPatterns = KeySetRelay.PATH)
public class KeySetRelay extends HttpServlet {

    static final String PATH = "/sso-keys";

    @Inject
    SigningKeys keys;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> document = keys.document();
        response.setHeader("Cache-Control", "no-store");
        if (document.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"https://tempo.app/problems/unavailable\",\"title\":"
                    + "\"The SSO's key set has not been fetched yet\",\"status\":503}");
            return;
        }
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(document.get());
    }
}
