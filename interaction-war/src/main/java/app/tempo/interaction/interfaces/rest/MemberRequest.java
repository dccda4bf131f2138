package app.tempo.interaction.interfaces.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of the group's member acts ({@code …/approvals}, {@code …/removals}, {@code …/ownership}): whom, by SSO subject. */
public record MemberRequest(
        @NotNull @Pattern(regexp = Subjects.PATTERN, message = Subjects.MESSAGE)
        @Schema(required = true, example = "5f0c7a6e-3b1d-4c39-9d0e-8a7b6c5d4e3f") String subject) {
}
