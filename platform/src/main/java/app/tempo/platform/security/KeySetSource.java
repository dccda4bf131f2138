package app.tempo.platform.security;

import java.io.IOException;

/** Where the SSO's key set comes from; one fetch, bounded in time. */
@FunctionalInterface
interface KeySetSource {

    String fetch() throws IOException, InterruptedException;
}
