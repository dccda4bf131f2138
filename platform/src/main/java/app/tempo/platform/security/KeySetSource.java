package app.tempo.platform.security;

import java.util.concurrent.CompletableFuture;

/** Where the SSO's key set comes from: one fetch, completed (or failed) within the source's own time limit. */
@FunctionalInterface
interface KeySetSource {

    CompletableFuture<String> fetch();
}
