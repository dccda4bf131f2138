package app.tempo.training.domain.model.social;

import java.util.List;

/** Two athletes' relationship as published: friends or not, and who of them blocks the other. */
public record Tie(List<String> athletes, boolean friends, List<String> blocking, long version) {
}
