package se.inkasso.complaints.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.inkasso.complaints.domain.identity.Personnummer;
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.domain.model.PortalCredential;
import se.inkasso.complaints.domain.model.Role;
import se.inkasso.complaints.domain.model.StaffMember;
import se.inkasso.complaints.domain.repository.DebtorRepository;
import se.inkasso.complaints.domain.repository.StaffRepository;

/**
 * Every login costs one password-hash check, whether its account exists or not, so that the time
 * of the answer does not tell which usernames and personnummer are known.
 */
class AccountIdentityStoreTest {

    /** Counts the checks; a stored hash is "hash:" and the password. */
    private static final class CountingHash implements Pbkdf2PasswordHash {
        int checks;

        @Override
        public String generate(char[] password) {
            return "hash:" + new String(password);
        }

        @Override
        public boolean verify(char[] password, String hashedPassword) {
            checks++;
            return hashedPassword.equals(generate(password));
        }
    }

    private final CountingHash hash = new CountingHash();
    private final AccountIdentityStore store = new AccountIdentityStore();

    AccountIdentityStoreTest() {
        StaffMember agent = new StaffMember("agent", "Anna Agent", hash.generate("Right-1".toCharArray()),
                EnumSet.of(Role.AGENT), EnumSet.allOf(Language.class));
        store.staff = new StaffRepository() {
            @Override
            public Optional<StaffMember> findByUsername(String username) {
                return "agent".equals(username) ? Optional.of(agent) : Optional.empty();
            }
        };
        store.debtors = new DebtorRepository() {
            @Override
            public Optional<PortalCredential> findPortalCredential(Personnummer personnummer) {
                return Optional.empty();
            }
        };
        store.portal = new PortalSettings() {
            @Override
            public boolean isDemoLogin() {
                return true;
            }
        };
        store.passwordHash = hash;
        store.hashForNoAccount();
    }

    @Test
    void aLoginCostsOneHashCheckWhetherItsAccountExistsOrNot() {
        assertThat(checksFor("agent", "Right-1")).isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(hash.checks).isEqualTo(1);
        assertThat(checksFor("agent", "Wrong-1")).isEqualTo(CredentialValidationResult.Status.INVALID);
        assertThat(hash.checks).as("a known account, a wrong password").isEqualTo(2);
        assertThat(checksFor("nobody", "Right-1")).isEqualTo(CredentialValidationResult.Status.INVALID);
        assertThat(hash.checks).as("an account that does not exist").isEqualTo(3);
        assertThat(checksFor("19850312-1231", "Right-1")).isEqualTo(CredentialValidationResult.Status.INVALID);
        assertThat(hash.checks).as("a personnummer without a login").isEqualTo(4);
    }

    private CredentialValidationResult.Status checksFor(String name, String password) {
        return store.validate(new UsernamePasswordCredential(name, password)).getStatus();
    }
}
