package app.tempo.platform.problem;

/** The problem types Tempo answers with; the slug is the stable last segment of the problem's {@code type} URI. */
public enum ProblemType {
    INVALID_REQUEST(400, "invalid-request", "The request is not valid"),
    MALFORMED_BODY(400, "malformed-body", "The request body is not the JSON this endpoint expects"),
    UNAUTHORIZED(401, "unauthorized", "A valid access token is required"),
    FORBIDDEN(403, "forbidden", "Not allowed"),
    NOT_FOUND(404, "not-found", "No such resource"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed on this resource"),
    NOT_ACCEPTABLE(406, "not-acceptable", "No acceptable representation"),
    CONFLICT(409, "conflict", "The request conflicts with the resource's current state"),
    QUOTA_EXCEEDED(409, "quota-exceeded", "You have as many of these as one athlete may have"),
    DELETED(410, "deleted", "The resource was deleted; its id is not used again"),
    RESYNC_REQUIRED(410, "resync-required", "This cursor can no longer be continued: sync again from the start, without a cursor"),
    PRECONDITION_FAILED(412, "stale-version", "The resource changed since the version you sent in If-Match"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "The request body is too large"),
    URI_TOO_LONG(414, "uri-too-long", "The request URI is too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Send application/json"),
    UNPROCESSABLE(422, "unprocessable", "The request is well-formed but cannot be processed as it is"),
    PRECONDITION_REQUIRED(428, "precondition-required", "Changing this resource requires If-Match with its ETag"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests"),
    HEADERS_TOO_LARGE(431, "headers-too-large", "The request headers are too large"),
    INTERNAL_ERROR(500, "internal-error", "Something went wrong on our side"),
    UNAVAILABLE(503, "unavailable", "Temporarily unavailable, retry later");

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : INVALID_REQUEST;
    }
}
