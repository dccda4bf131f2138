package it.tempo.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request written byte for byte on a socket, for what {@link java.net.http.HttpClient} refuses to send: a broken
 * percent escape in the target, a header larger than any server accepts. HTTP/1.0, so the answer is neither chunked
 * nor kept alive.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** Sends {@code GET target} with the given extra header lines and reads the answer to the end. */
    public static Reply get(URI base, String target, String... headerLines) {
        StringBuilder request = new StringBuilder("GET ").append(target).append(" HTTP/1.0\r\n")
                .append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n")
                .append("Accept: application/json\r\n");
        for (String line : headerLines) {
            request.append(line).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reply parse(byte[] answer) {
        String text = new String(answer, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String[] head = text.substring(0, end < 0 ? text.length() : end).split("\r\n");
        int status = Integer.parseInt(head[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < head.length; i++) {
            int colon = head[i].indexOf(':');
            headers.computeIfAbsent(head[i].substring(0, colon).trim(), name -> new ArrayList<>()).add(head[i].substring(colon + 1).trim());
        }
        String body = end < 0 ? "" : text.substring(end + 4);
        return new Reply(status, HttpHeaders.of(headers, (name, value) -> true), body);
    }
}
