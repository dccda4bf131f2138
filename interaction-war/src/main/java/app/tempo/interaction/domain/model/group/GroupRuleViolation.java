package app.tempo.interaction.domain.model.group;

/** An act the group's rules do not allow; {@code permission} when the actor's role is the reason. */
public class GroupRuleViolation extends RuntimeException {

    private final boolean permission;

    public GroupRuleViolation(String message, boolean permission) {
        super(message);
        this.permission = permission;
    }

    public boolean isPermission() {
        return permission;
    }
}
