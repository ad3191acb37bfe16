package se.inkasso.complaints.web.security;

import jakarta.security.enterprise.credential.Credential;
import se.inkasso.complaints.domain.identity.Personnummer;

/**
 * A person the e-identification provider vouched for: made only by {@link EIdentificationServlet}
 * after the provider's ID token was checked, never from anything a browser sends.
 */
record EIdentificationCredential(Personnummer personnummer) implements Credential {
}
