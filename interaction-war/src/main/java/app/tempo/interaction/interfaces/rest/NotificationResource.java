package app.tempo.interaction.interfaces.rest;

import app.tempo.interaction.application.NotificationService;
import app.tempo.interaction.domain.model.notification.Notification;
import app.tempo.platform.problem.ProblemException;
import app.tempo.platform.problem.ProblemType;
import app.tempo.platform.security.CurrentAthlete;
import app.tempo.platform.write.LostRaces;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;

@Path("notifications")
@RequestScoped
@RolesAllowed("athlete")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    static final int MAX_PAGE = 100;

    @Inject
    NotificationService notifications;

    @Inject
    CurrentAthlete athlete;

    /** Newest first, {@code limit} per page (at most 100); pass the previous page's {@code next} as {@code cursor}. */
    @GET
    public NotificationPage page(@QueryParam("cursor") String cursor,
                                 @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(MAX_PAGE) int limit) {
        List<Notification> page = notifications.page(athlete.subject(), parseCursor(cursor), limit);
        String next = page.size() == limit ? page.get(page.size() - 1).sequence().toString() : null;
        return new NotificationPage(page.stream().map(NotificationView::of).toList(), next);
    }

    /** Marks it read; repeating it is harmless. */
    @PUT
    @Path("{id}/read")
    public NotificationView markRead(@PathParam("id") UUID id) {
        return LostRaces.retry(() -> notifications.markRead(athlete.subject(), id)).map(NotificationView::of)
                .orElseThrow(() -> ProblemException.notFound("Notification"));
    }

    private static Long parseCursor(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(cursor);
        } catch (NumberFormatException e) {
            throw new ProblemException(ProblemType.INVALID_REQUEST, "cursor: not a cursor this API returned");
        }
    }
}
