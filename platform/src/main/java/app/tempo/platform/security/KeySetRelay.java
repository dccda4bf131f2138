package app.tempo.platform.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The SSO's key set as {@link SigningKeys} holds it, for Liberty's MP JWT to read ({@code jwksUri} in security.xml
 * points here): Liberty's own fetch has no timeout, so a hanging SSO held every request with an unknown key id until
 * the SSO answered. Only for the server itself (a caller on another address gets 404, and the gateway does not
 * route it): public keys, but each request may make the server fetch from the SSO.
 */
@WebServlet(urlPatterns = KeySetRelay.PATH)
public class KeySetRelay extends HttpServlet {

    static final String PATH = "/sso-keys";

    @Inject
    SigningKeys keys;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!isLoopback(request.getRemoteAddr())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
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

    /** The container gives the caller's address as an IP literal, so this looks nothing up. */
    static boolean isLoopback(String address) {
        if (address == null || !address.matches("[0-9a-fA-F:.%]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
