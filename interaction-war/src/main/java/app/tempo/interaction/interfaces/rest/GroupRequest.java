package app.tempo.interaction.interfaces.rest;

import app.tempo.interaction.domain.model.group.GroupDetails;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code PUT /groups/{id}}. */
public record GroupRequest(
        @NotNull @Pattern(regexp = "[^\\p{Cntrl}]*\\S[^\\p{Cntrl}]*", message = "some text, without control characters")
        @Size(max = 80) @Schema(required = true, example = "Saturday Riders") String name,
        @Size(max = 2000) @Schema(example = "Long rides around the lake, every weekend.") String description,
        @Schema(description = "anyone joins an open group; a closed one takes requests its owner and admins approve; default true")
        Boolean open) {

    GroupDetails toDetails() {
        return new GroupDetails(name.strip(), description, open == null || open);
    }
}
