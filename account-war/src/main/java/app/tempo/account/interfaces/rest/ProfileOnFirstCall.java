package app.tempo.account.interfaces.rest;

import app.tempo.account.application.ProfileService;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Makes the athlete's profile on their first authenticated call to the account domain, whatever it asks for. Runs
 * after authentication and authorisation; the subjects already seen are remembered (a bounded set) so that later
 * calls cost nothing.
 */
@Provider
@Priority(Priorities.USER)
public class ProfileOnFirstCall implements ContainerRequestFilter {

    private static final int REMEMBERED = 50_000;
    private static final Set<String> SEEN = Collections.newSetFromMap(Collections.synchronizedMap(
            new LinkedHashMap<String, Boolean>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > REMEMBERED;
                }
            }));

    @Inject
    ProfileService profiles;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken token
                && request.getSecurityContext().isUserInRole("athlete") && !SEEN.contains(token.getSubject())) {
            profiles.current(token.getSubject());
            SEEN.add(token.getSubject());
        }
    }
}
