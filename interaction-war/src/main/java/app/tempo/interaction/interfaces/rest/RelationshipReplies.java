package app.tempo.interaction.interfaces.rest;

import app.tempo.interaction.application.Nicknames;
import app.tempo.interaction.domain.model.social.Relationship;
import app.tempo.interaction.domain.model.social.RelationshipRefused;
import app.tempo.platform.problem.ProblemException;
import app.tempo.platform.security.CurrentAthlete;
import app.tempo.platform.write.LostRaces;
import app.tempo.platform.write.WriteAnswers;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Supplier;

/** How the friends and blocks endpoints answer: the relationship as the caller sees it, with its version as ETag. */
@RequestScoped
public class RelationshipReplies {

    @Inject
    Nicknames nicknames;

    @Inject
    CurrentAthlete athlete;

    /** Runs the act (again, if it lost a race) and answers its result; a refused act is a 403. */
    Response act(Supplier<Relationship> act) {
        try {
            Relationship relationship = LostRaces.retry(act);
            return WriteAnswers.read(view(relationship), relationship.version());
        } catch (RelationshipRefused refused) {
            throw ProblemException.forbidden(refused.getMessage());
        }
    }

    FriendPage page(List<Relationship> page, int limit) {
        String next = page.size() == limit ? page.get(page.size() - 1).id().toString() : null;
        return new FriendPage(page.stream().map(this::view).toList(), next);
    }

    FriendView view(Relationship relationship) {
        return FriendView.of(relationship, athlete.subject(), nicknames.shownOn(relationship, athlete.subject()));
    }
}
