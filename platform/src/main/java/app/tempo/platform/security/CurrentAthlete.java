package app.tempo.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The athlete behind the current request, identified by the verified token's {@code sub}. */
@RequestScoped
public class CurrentAthlete {

    @Inject
    JsonWebToken token;

    public String subject() {
        String subject = token.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new IllegalStateException("A verified token without a subject reached the application");
        }
        return subject;
    }
}
