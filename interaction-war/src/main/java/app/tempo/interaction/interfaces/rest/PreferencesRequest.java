package app.tempo.interaction.interfaces.rest;

import app.tempo.interaction.domain.model.notification.NotificationType;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The kinds of notification the athlete does not want (neither stored nor pushed); the rest are on. */
public record PreferencesRequest(@NotNull @Size(max = 32) @Schema(required = true, example = "[\"FRIEND_COMPLETED\"]")
                                 Set<@NotNull NotificationType> muted) {
}
