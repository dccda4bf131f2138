package app.tempo.platform.json;

import app.tempo.platform.problem.ProblemException;
import app.tempo.platform.problem.ProblemType;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every JSON body passes {@link JsonShape} before the binder sees it. The binder's parser can loop forever on a body
 * cut short inside a field it skips (parsson#23) and recurses once per nesting level, so a truncated or very deep
 * body must be refused first. The body is read whole, at most {@code tempo.http.max-body-bytes} (the server's and the
 * gateway's limit, {@code TEMPO_HTTP_MAX_BODY_BYTES}), held here too for a chunked body, which has no length to check.
 */
@Provider
public class JsonBodyGuard implements ReaderInterceptor {

    /** Bodies are read into memory, so the limit must leave room for the array that holds them. */
    static final long LARGEST_LIMIT = 64L * 1024 * 1024;

    @Inject
    @ConfigProperty(name = "tempo.http.max-body-bytes", defaultValue = "1048576")
    long maxBytes;

    @PostConstruct
    void checkLimit() {
        if (maxBytes < 1 || maxBytes > LARGEST_LIMIT) {
            throw new IllegalStateException("tempo.http.max-body-bytes must be between 1 and " + LARGEST_LIMIT + ": " + maxBytes);
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType())) {
            return context.proceed();
        }
        byte[] body = readAtMost(context.getInputStream());
        if (declaresUtf8OrNothing(context.getMediaType()) && !isUtf8(body)) {
            // the binder would store what it cannot decode as U+FFFD, silently changing the text
            throw new ProblemException(ProblemType.MALFORMED_BODY, "The body is not valid UTF-8");
        }
        JsonShape.check(body, JsonShape.expectsArray(context.getType()));
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static boolean isJson(MediaType type) {
        return type != null && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
    }

    private static boolean declaresUtf8OrNothing(MediaType type) {
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        return charset == null || charset.equalsIgnoreCase("utf-8") || charset.equalsIgnoreCase("utf8");
    }

    private static boolean isUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private byte[] readAtMost(InputStream in) throws IOException {
        return readAtMost(in, maxBytes);
    }

    /**
     * The whole body, refused with 413 when it is larger than {@code maxBytes} (chunked, or sent to a server directly:
     * there is no length to check up front). For every reader of a request body, so all refuse alike.
     */
    public static byte[] readAtMost(InputStream in, long maxBytes) throws IOException {
        byte[] body;
        try {
            body = in.readNBytes((int) maxBytes + 1);
        } catch (IOException e) {
            if (isLibertysSizeLimit(e)) {
                throw tooLarge(maxBytes);
            }
            throw e;
        }
        if (body.length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        return body;
    }

    private static ProblemException tooLarge(long maxBytes) {
        return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "The body may be at most " + maxBytes + " bytes");
    }

    /**
     * Liberty stops a chunked body at the endpoint's {@code messageSizeLimit} (the same setting) by failing the read
     * with its own exception, which is not API: recognised by name so that it answers 413 rather than 500.
     */
    static boolean isLibertysSizeLimit(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getSimpleName().equals("MessageTooLargeException")) {
                return true;
            }
        }
        return false;
    }
}
