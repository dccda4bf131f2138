package app.tempo.interaction.interfaces.rest;

import app.tempo.interaction.application.NotificationService;
import app.tempo.interaction.domain.model.notification.Notification;
import app.tempo.platform.problem.ProblemException;
import app.tempo.platform.security.CurrentAthlete;
import app.tempo.platform.write.LostRaces;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
    static final int MAX_READ_AT_ONCE = 1000;

    @Inject
    NotificationService notifications;

    @Inject
    CurrentAthlete athlete;

    /** Newest first, {@code limit} per page (at most 100); pass the previous page's {@code next} as {@code cursor}. */
    @GET
    public NotificationPage page(@QueryParam("cursor") String cursor,
                                 @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(MAX_PAGE) int limit) {
        List<Notification> page = notifications.page(athlete.subject(), IdCursor.parseSequence(cursor), limit);
        String next = page.size() == limit ? page.get(page.size() - 1).sequence().toString() : null;
        return new NotificationPage(page.stream().map(NotificationView::of).toList(), next, notifications.unread(athlete.subject()));
    }

    /** Marks every notification read up to {@code upTo} (all when absent), at most 1,000 per call. */
    @PUT
    @Path("read")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReadAllResponse markAllRead(@Valid @NotNull ReadAllRequest request) {
        int marked = LostRaces.retry(() -> notifications.markAllRead(athlete.subject(), request.upTo(), MAX_READ_AT_ONCE));
        return new ReadAllResponse(marked, notifications.unread(athlete.subject()));
    }

    @GET
    @Path("preferences")
    public PreferencesRequest preferences() {
        return new PreferencesRequest(notifications.muted(athlete.subject()));
    }

    /** Replaces the set of kinds turned off; repeating it is harmless. */
    @PUT
    @Path("preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    public PreferencesRequest setPreferences(@Valid @NotNull PreferencesRequest request) {
        return new PreferencesRequest(LostRaces.retry(() -> notifications.mute(athlete.subject(), request.muted())));
    }

    /** Marks it read; repeating it is harmless. */
    @PUT
    @Path("{id}/read")
    public NotificationView markRead(@PathParam("id") UUID id) {
        return LostRaces.retry(() -> notifications.markRead(athlete.subject(), id)).map(NotificationView::of)
                .orElseThrow(() -> ProblemException.notFound("Notification"));
    }
}
