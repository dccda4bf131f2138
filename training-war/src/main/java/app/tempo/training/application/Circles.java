package app.tempo.training.application;

import app.tempo.training.domain.model.social.SocialGraph;
import app.tempo.training.domain.model.training.Training;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Who, beyond its owner and roster, a training is open to: see {@link app.tempo.training.domain.model.training.Visibility}. */
@ApplicationScoped
public class Circles {

    @Inject
    SocialGraph graph;

    public boolean includes(Training training, String user) {
        return switch (training.plan().visibility()) {
            case PUBLIC -> true;
            case FRIENDS -> graph.areFriends(training.owner(), user);
            // the owner's membership too: naming a group does not open a stranger's training to its members
            case GROUP -> graph.isMember(training.plan().groupId(), training.owner()) && graph.isMember(training.plan().groupId(), user);
            case PRIVATE, PARTICIPANTS -> false;
        };
    }
}
