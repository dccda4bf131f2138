package app.tempo.platform.http;

import app.tempo.platform.problem.Problem;
import app.tempo.platform.problem.ProblemException;
import app.tempo.platform.problem.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

/**
 * A query string must be percent-encoded UTF-8. The JAX-RS runtime answers a broken escape ({@code cursor=%uD800})
 * with an error that names no parameter, and a stray byte would reach the resource as a replacement character;
 * here either is a 400 naming the parameter.
 */
@Provider
@PreMatching
public class QueryEncoding implements ContainerRequestFilter {

    @Context
    private HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        // the query as received: the JAX-RS request URI cannot even be built from a broken escape
        String query = servletRequest.getQueryString();
        if (query == null || query.isEmpty()) {
            return;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            if (!decodes(rawName)) {
                throw refusal("query");
            }
            if (equals >= 0 && !decodes(pair.substring(equals + 1))) {
                throw refusal(decode(rawName));
            }
        }
    }

    private static ProblemException refusal(String parameter) {
        return new ProblemException(Problem.of(ProblemType.INVALID_REQUEST, parameter + ": not percent-encoded UTF-8")
                .withErrors(List.of(new Problem.FieldError(parameter, "not percent-encoded UTF-8"))), null);
    }

    static boolean decodes(String raw) {
        try {
            decode(raw);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Percent-decodes {@code raw} ('+' is a space), refusing a broken escape or bytes that are not UTF-8. */
    static String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c > 127) {
                throw new IllegalArgumentException("unescaped non-ASCII character at " + i);
            }
            if (c == '%') {
                if (i + 2 >= raw.length() || !HexFormat.isHexDigit(raw.charAt(i + 1)) || !HexFormat.isHexDigit(raw.charAt(i + 2))) {
                    throw new IllegalArgumentException("broken escape at " + i);
                }
                bytes.write(HexFormat.fromHexDigits(raw, i + 1, i + 3));
                i += 2;
            } else {
                bytes.write(c == '+' ? ' ' : c);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not UTF-8", e);
        }
    }
}
