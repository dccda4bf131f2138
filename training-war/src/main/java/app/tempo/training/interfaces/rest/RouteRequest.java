package app.tempo.training.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code PUT /trainings/{id}/route}: a GPX document as text, so that a route can be queued offline and sent
 * in a batch like any other write. Its size is bounded by the request body limit.
 */
public record RouteRequest(
        @NotBlank
        @Schema(description = "a GPX 1.1 (or 1.0) document: its tracks' points, or its routes' when it has no track",
                example = "<gpx version='1.1' creator='Tempo' xmlns='http://www.topografix.com/GPX/1/1'><trk><trkseg>"
                        + "<trkpt lat='52.5200' lon='13.4050'><ele>34</ele></trkpt>"
                        + "<trkpt lat='52.5163' lon='13.3777'><ele>38</ele></trkpt></trkseg></trk></gpx>")
        String gpx) {
}
