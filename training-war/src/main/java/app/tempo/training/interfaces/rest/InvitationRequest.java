package app.tempo.training.interfaces.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /trainings/{id}/invitations} and {@code …/removals}: whom, by their SSO subject. */
public record InvitationRequest(
        @NotNull @Pattern(regexp = SUBJECT, message = "an SSO subject: 1 to 255 letters, digits and . _ @ : -")
        @Schema(required = true, example = "5f0c7a6e-3b1d-4c39-9d0e-8a7b6c5d4e3f", description = "the user's SSO subject") String subject) {

    static final String SUBJECT = "[A-Za-z0-9._@:-]{1,255}";
}
