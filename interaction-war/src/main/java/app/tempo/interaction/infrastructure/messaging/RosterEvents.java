package app.tempo.interaction.infrastructure.messaging;

import app.tempo.interaction.application.RosterNews;
import app.tempo.platform.inbox.IncomingEvent;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Instant;
import java.util.List;

/** The fields of ParticipantInvited, ParticipantJoined and TrainingCancelled v1 that the interaction domain uses. */
final class RosterEvents {

    private RosterEvents() {
    }

    static RosterNews invited(IncomingEvent event) {
        return event.read(data -> news(data, RosterNews.Kind.INVITED));
    }

    static RosterNews joined(IncomingEvent event) {
        return event.read(data -> news(data, data.getBoolean("promoted") ? RosterNews.Kind.MOVED_UP
                : "WAITING".equals(data.getString("status")) ? RosterNews.Kind.WAITING : RosterNews.Kind.TOOK_A_PLACE));
    }

    record Cancelled(String trainingId, String title, List<String> roster) {
    }

    static Cancelled cancelled(IncomingEvent event) {
        return event.read(data -> new Cancelled(data.getString("trainingId"), data.getString("title"),
                data.getJsonArray("participants").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()));
    }

    private static RosterNews news(JsonObject data, RosterNews.Kind kind) {
        return new RosterNews(kind, data.getString("trainingId"), data.getString("owner"), data.getString("participant"),
                data.getString("title"), data.containsKey("plannedStart") ? Instant.parse(data.getString("plannedStart")) : null);
    }
}
