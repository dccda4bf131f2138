package app.tempo.platform.sync;

import java.util.Set;

/**
 * CDI event: the current transaction wrote these users' feed. Observed after the commit by whatever pushes feeds live
 * (interaction-war's live channels); nobody needs to observe it.
 */
public record FeedChanged(Set<String> subjects) {
}
