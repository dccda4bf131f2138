package app.tempo.interaction.interfaces.rest;

import app.tempo.interaction.application.ChatService;
import app.tempo.interaction.domain.model.chat.ChatMessage;
import app.tempo.interaction.domain.model.chat.ChatReader;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import java.util.List;
import java.util.UUID;

/**
 * Chats: a direct chat's id is the relationship id of two friends ({@code id} in {@code /friends}), a group chat's
 * the group's id. Messages carry the client's id, so a send can be repeated safely. A chat is shared by its readers,
 * so its operations are marked shared ({@link GroupResource#SHARED}); who is not a reader gets 404.
 */
@Path("chats")
@RequestScoped
@RolesAllowed("athlete")
@Produces(MediaType.APPLICATION_JSON)
public class ChatResource {

    static final int MAX_PAGE = 100;

    @Inject
    ChatService chats;

    @Inject
    CurrentAthlete athlete;

    /** The caller's chats (direct ones once they have a message; every group they are a member of), in chat id order. */
    @GET
    public ChatPage mine(@QueryParam("cursor") String cursor,
                         @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(MAX_PAGE) int limit) {
        List<ChatReader> page = chats.chatsOf(athlete.subject(), IdCursor.parse(cursor), limit);
        String next = page.size() == limit ? page.get(page.size() - 1).chatId().toString() : null;
        return new ChatPage(page.stream().map(reader -> new ChatPage.Item(ChatReaderView.of(reader), chats.unread(reader),
                chats.last(reader.chatId()).map(ChatMessageView::of).orElse(null))).toList(), next);
    }

    /** Newest first, {@code limit} per page; pass the previous page's {@code next} as {@code cursor} for older ones. */
    @GET
    @Path("{id}/messages")
    @Extension(name = GroupResource.SHARED, value = "true")
    public MessagePage history(@PathParam("id") UUID id, @QueryParam("cursor") String cursor,
                               @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(MAX_PAGE) int limit) {
        List<ChatMessage> page = chats.history(athlete.subject(), id, IdCursor.parseSequence(cursor), limit)
                .orElseThrow(() -> ProblemException.notFound("Chat"));
        String next = page.size() == limit ? page.get(page.size() - 1).sequence().toString() : null;
        return new MessagePage(page.stream().map(ChatMessageView::of).toList(), next);
    }

    /** Sends a message: 201 the first time, 200 with the same message when the id was sent before. */
    @POST
    @Path("{id}/messages")
    @Extension(name = GroupResource.SHARED, value = "true")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response send(@PathParam("id") UUID id, @Valid @NotNull MessageRequest request) {
        ChatService.Sent sent = LostRaces.retry(() -> chats.send(athlete.subject(), id, UUID.fromString(request.id()), request.text()))
                .orElseThrow(() -> ProblemException.notFound("Chat"));
        return Response.status(sent.created() ? Response.Status.CREATED : Response.Status.OK).entity(ChatMessageView.of(sent.message())).build();
    }

    /** Marks the chat read up to the message (a marker never moves back). */
    @PUT
    @Path("{id}/read")
    @Extension(name = GroupResource.SHARED, value = "true")
    @Consumes(MediaType.APPLICATION_JSON)
    public ChatReaderView markRead(@PathParam("id") UUID id, @Valid @NotNull ReadMarkerRequest request) {
        return LostRaces.retry(() -> chats.markRead(athlete.subject(), id, request.upTo())).map(ChatReaderView::of)
                .orElseThrow(() -> ProblemException.notFound("Chat or message"));
    }
}
