package app.tempo.platform.sync;

import jakarta.json.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code POST <domain>/batch}: a device's queued mutations, in the order it made them. Ids increase by one
 * per mutation and device; the size limit is checked by the resource (413), not here.
 */
public record BatchRequest(
        @NotNull @Pattern(regexp = "[A-Za-z0-9._:-]{1,100}", message = "1 to 100 letters, digits or . _ : -") String deviceId,
        @NotEmpty List<@NotNull @Valid Mutation> mutations) {

    /** What an HTTP header may carry: printable ASCII. */
    static final String HEADER_VALUE = "[\\x20-\\x7E]*";
    static final String HEADER_MESSAGE = "printable ASCII only";

    /** One queued request, as the device would have sent it alone. */
    public record Mutation(
            @NotNull @Min(1) @Max(9_223_372_036_854_775_806L) Long id,
            @NotNull @Schema(enumeration = {"PUT", "DELETE", "POST", "PATCH"})
            @Pattern(regexp = "PUT|DELETE|POST|PATCH", message = "one of PUT, DELETE, POST, PATCH") String method,
            @NotNull @Size(min = 1, max = 2000) String path,
            @Size(max = 200) @Pattern(regexp = HEADER_VALUE, message = HEADER_MESSAGE) String ifMatch,
            @Size(max = 200) @Pattern(regexp = HEADER_VALUE, message = HEADER_MESSAGE) String idempotencyKey,
            @Schema(type = SchemaType.OBJECT, description = "the request body, as the single request would send it") JsonValue body) {
    }
}
