package it.tempo.interaction;

import static it.tempo.interaction.Social.INTERACTION;
import static it.tempo.interaction.Social.api;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.tempo.support.Api;
import it.tempo.support.Reply;
import it.tempo.support.Sso;
import it.tempo.support.Stack;
import java.net.URI;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Live delivery received by real clients through the gateway: a Server-Sent Events stream (resumed with
 * Last-Event-ID, kept open by heartbeats) and a WebSocket, both authenticated with the SSO token and ended when it
 * expires. The latency from the send's answer to the event's arrival is printed.
 */
class LiveIT {

    /** Well below the heartbeat (15 s), which also re-reads the feed: what arrives this soon was signalled. */
    private static final Duration PROMPTLY = Duration.ofSeconds(3);
    private static String chat;

    @BeforeAll
    static void friends() {
        Social.profile("alice", Social.nickname("alice"), "PUBLIC");
        Social.profile("bob", Social.nickname("bob"), "PUBLIC");
        chat = Social.befriend("alice", "bob");
    }

    @Test
    void aChatMessageReachesAnOpenStreamAtOnce() {
        List<Long> latencies = new ArrayList<>();
        try (LiveClient bob = LiveClient.sse(live(), Sso.token("bob"), null)) {
            assertEquals(200, bob.status());
            bob.await(frame -> frame.event().equals("ready"), PROMPTLY, "ready event");
            for (int i = 0; i < 20; i++) {
                Reply sent = api("alice").send("POST", messages(), Social.message("live " + i));
                long answered = System.nanoTime();
                String id = sent.json().getString("id");
                LiveClient.Frame event = bob.await(frame -> frame.event().equals("change") && frame.data().contains(id), PROMPTLY,
                        "the message " + id);
                assertEquals("chat-message", event.json().getString("type"));
                assertEquals("live " + i, event.json().getJsonObject("data").getString("text"));
                latencies.add(Math.max(0, event.receivedAtNanos() - answered) / 1_000_000);
            }
        }
        latencies.sort(Long::compare);
        System.out.printf("live delivery over SSE (send answered -> event received), 20 messages: median %d ms, max %d ms%n",
                latencies.get(latencies.size() / 2), latencies.get(latencies.size() - 1));
    }

    @Test
    void aStreamResumesAfterTheLastEventIdWithoutLosingAChange() {
        String resumeFrom;
        try (LiveClient bob = LiveClient.sse(live(), Sso.token("bob"), null)) {
            resumeFrom = bob.await(frame -> frame.event().equals("ready"), PROMPTLY, "ready event").id();
        }
        assertNotNull(resumeFrom);
        String whileAway = api("alice").send("POST", messages(), Social.message("while you were away")).json().getString("id");
        try (LiveClient bob = LiveClient.sse(live(), Sso.token("bob"), resumeFrom)) {
            bob.await(frame -> frame.event().equals("change") && frame.data().contains(whileAway), PROMPTLY, "the missed message");
        }
        assertEquals(400, LiveClient.sse(live(), Sso.token("bob"), "not-a-cursor").status());
        assertEquals(410, LiveClient.sse(live(), Sso.token("alice"), resumeFrom).status(), "bob's cursor is not alice's");
    }

    @Test
    void heartbeatsKeepAQuietStreamOpen() {
        try (LiveClient bob = LiveClient.sse(live(), Sso.token("bob"), null)) {
            bob.await(frame -> frame.event().equals(":") && frame.data().startsWith("heartbeat"), Duration.ofSeconds(25), "a heartbeat");
        }
    }

    @Test
    void aWebSocketDeliversToMobileClients() {
        try (LiveClient bob = LiveClient.socket(socket(), Sso.token("bob")).join()) {
            bob.await(frame -> frame.event().equals("ready"), PROMPTLY, "ready frame");
            String id = api("alice").send("POST", messages(), Social.message("over the socket")).json().getString("id");
            LiveClient.Frame frame = bob.await(candidate -> candidate.event().equals("changes") && candidate.data().contains(id), PROMPTLY,
                    "the message");
            assertTrue(frame.json().getString("cursor").length() > 10, "each page carries the cursor to resume from");
        }
    }

    @Test
    void noTokenNoChannel() {
        Reply stream = Api.anonymous(Stack.gateway()).get(INTERACTION + "/live");
        assertEquals(401, stream.status());
        CompletionException refused = assertThrows(CompletionException.class, () -> LiveClient.socket(socket(), null).join());
        assertTrue(refused.getCause() instanceof WebSocketHandshakeException handshake && handshake.getResponse().statusCode() == 401,
                () -> "the handshake is refused: " + refused.getCause());
        CompletionException forged = assertThrows(CompletionException.class,
                () -> LiveClient.socket(socket(), Sso.token("bob") + "x").join());
        assertTrue(forged.getCause() instanceof WebSocketHandshakeException, () -> "a bad signature too: " + forged.getCause());
    }

    @Test
    void aChannelEndsWhenItsTokenExpires() {
        String shortLived = Sso.freshToken("bob", "tempo-test-short-lived");
        try (LiveClient stream = LiveClient.sse(live(), shortLived, null);
             LiveClient socket = LiveClient.socket(socket(), shortLived).join()) {
            stream.await(frame -> frame.event().equals("end"), Duration.ofSeconds(20), "the stream's end event");
            LiveClient.Frame closed = socket.await(frame -> frame.event().equals("close"), Duration.ofSeconds(20), "the socket's close");
            assertEquals("1008", closed.id(), "closed for policy: the token expired");
        }
    }

    static URI live() {
        return Stack.gateway().resolve(INTERACTION + "/live");
    }

    private static URI socket() {
        URI gateway = Stack.gateway();
        return URI.create("ws://" + gateway.getHost() + ":" + gateway.getPort() + INTERACTION + "/live/socket");
    }

    private static String messages() {
        return INTERACTION + "/chats/" + chat + "/messages";
    }
}
