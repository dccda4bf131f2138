package app.tempo.platform.json;

import app.tempo.platform.problem.ProblemException;
import app.tempo.platform.problem.ProblemType;
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

/**
 * Every JSON body passes {@link JsonShape} before the binder sees it. The binder's parser can loop forever on a body
 * cut short inside a field it skips (parsson#23) and recurses once per nesting level, so a truncated or very deep
 * body must be refused first. The body is read whole, at most {@value #MAX_BYTES} bytes: the gateway's limit, held
 * here too for a client that reaches a server directly.
 */
@Provider
public class JsonBodyGuard implements ReaderInterceptor {

    static final int MAX_BYTES = 1024 * 1024;

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

    private static byte[] readAtMost(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "The body may be at most " + MAX_BYTES + " bytes");
        }
        return body;
    }
}
