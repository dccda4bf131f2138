package app.tempo.interaction.infrastructure.messaging;

import app.tempo.platform.inbox.IncomingEvent;
import jakarta.json.JsonObject;

/** The fields of GearWearLimitReached v1 that the interaction domain uses. */
record GearWearLimitReached(String athlete, String gearId, String title, String text, String storeUrl) {

    static GearWearLimitReached from(IncomingEvent event) {
        return event.read(data -> {
            JsonObject wording = data.getJsonObject("wording");
            return new GearWearLimitReached(data.getString("athlete"), data.getString("gearId"), wording.getString("title"),
                    wording.getString("text"), data.getString("storeUrl"));
        });
    }
}
