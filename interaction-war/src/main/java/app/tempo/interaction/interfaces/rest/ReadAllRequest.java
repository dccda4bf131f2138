package app.tempo.interaction.interfaces.rest;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code PUT /notifications/read}: up to which notification (the newest the client showed); none: all. */
public record ReadAllRequest(@Schema(description = "the newest notification the user saw; absent: all of them") UUID upTo) {
}
