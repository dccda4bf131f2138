package app.tempo.interaction.interfaces.rest;

import app.tempo.interaction.domain.model.group.GroupRole;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /groups/{id}/roles}: which member gets which role (ownership is handed over, not given). */
public record RoleRequest(
        @NotNull @Pattern(regexp = Subjects.PATTERN, message = Subjects.MESSAGE)
        @Schema(required = true, example = "5f0c7a6e-3b1d-4c39-9d0e-8a7b6c5d4e3f") String subject,
        @NotNull @Schema(required = true) Role role) {

    /** The roles the owner gives. */
    public enum Role {
        ADMIN, MEMBER;

        GroupRole toGroupRole() {
            return GroupRole.valueOf(name());
        }
    }
}
