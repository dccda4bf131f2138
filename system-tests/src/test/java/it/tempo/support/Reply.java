package it.tempo.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpHeaders;

/** An HTTP answer. */
public record Reply(int status, HttpHeaders headers, String body) {

    public JsonObject json() {
        return Json.createReader(new StringReader(body)).readObject();
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    public String contentType() {
        return header("Content-Type");
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
