package app.tempo.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The WAR's one {@link SigningKeys}, reading the SSO's key set from {@code tempo.sso.jwks-uri}. */
@ApplicationScoped
public class SsoSigningKeys {

    private static final Logger LOG = Logger.getLogger(SsoSigningKeys.class.getName());

    /** How long one fetch of the key set may take; Liberty waits for it while it holds a request. */
    static final Duration FETCH_TIMEOUT = Duration.ofSeconds(3);
    /** Fetches closer together than this are not made: a flood of unknown key ids must not flood the SSO. */
    static final Duration MIN_INTERVAL = Duration.ofSeconds(1);
    /** How long a request waits for a fetch under way before it is answered from the last good set. */
    static final Duration WAIT = FETCH_TIMEOUT.plusMillis(500);

    @Inject
    /** No default here: the issuer Liberty checks tokens against must be the one whose keys are fetched. */
    @ConfigProperty(name = "tempo.sso.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "tempo.sso.jwks-uri")
    Optional<String> jwksUri;

    @Inject
    @ConfigProperty(name = "tempo.sso.keys-max-age-seconds", defaultValue = "30")
    long maxAgeSeconds;

    /** A singleton, not a normal scope: {@link SigningKeys} is final and needs no proxy. */
    @Produces
    @Singleton
    SigningKeys signingKeys() {
        URI uri = URI.create(jwksUri.filter(value -> !value.isBlank())
                .orElse(issuer + "/protocol/openid-connect/certs"));
        LOG.log(Level.INFO, "The SSO''s signing keys are read from {0}", uri);
        return new SigningKeys(new HttpKeySetSource(uri, FETCH_TIMEOUT), Clock.systemUTC(), MIN_INTERVAL,
                Duration.ofSeconds(Math.max(1, maxAgeSeconds)), WAIT);
    }

    /**
     * Fetches the key set while the application starts, so that the first requests after a (re)start, which all ask
     * for keys at once, are answered from memory instead of waiting together for the SSO.
     */
    void warmUp(@Observes @Initialized(ApplicationScoped.class) Object started, SigningKeys keys) {
        keys.refresh();
    }
}
