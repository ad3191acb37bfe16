package se.inkasso.complaints.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.inkasso.complaints.domain.DomainException;
import se.inkasso.complaints.domain.identity.Personnummer;
import se.inkasso.complaints.domain.model.PortalCredential;
import se.inkasso.complaints.domain.model.Role;
import se.inkasso.complaints.domain.model.StaffMember;
import se.inkasso.complaints.domain.repository.DebtorRepository;
import se.inkasso.complaints.domain.repository.StaffRepository;

/**
 * Checks a username and password against the staff accounts, a personnummer and password
 * against the portal's demo credentials, or a person vouched for by e-identification against the
 * debtors. A debtor's caller name is their personnummer (12 digits),
 * a staff member's their username.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    StaffRepository staff;

    @Inject
    DebtorRepository debtors;

    @Inject
    PortalSettings portal;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    /** A hash of a password nobody knows, drawn at the start, for logins of accounts that do not exist. */
    private String noAccount;

    @PostConstruct
    void hashForNoAccount() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        noAccount = passwordHash.generate(Base64.getEncoder().encodeToString(random).toCharArray());
    }

    @Override
    @Transactional
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof EIdentificationCredential identified) {
            return validateDebtor(identified.personnummer());
        }
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String name = login.getCaller().strip();
        if (looksLikePersonnummer(name)) {
            // debtors log in with e-identification in production; a password only where the demo login is on
            return portal.isDemoLogin() ? validateDebtor(name, login) : CredentialValidationResult.INVALID_RESULT;
        }
        return validateStaff(name, login);
    }

    private CredentialValidationResult validateStaff(String username, UsernamePasswordCredential login) {
        Optional<StaffMember> member = staff.findByUsername(username).filter(StaffMember::isActive);
        return matches(login, member.map(StaffMember::passwordHash))
                ? new CredentialValidationResult(member.get().username(),
                        member.get().roles().stream().map(Role::name).collect(Collectors.toSet()))
                : CredentialValidationResult.INVALID_RESULT;
    }

    /**
     * The password checked against the account's hash, or against a hash of nothing when there is
     * no such account: the same work either way, so that the time of the answer does not tell
     * which accounts exist.
     */
    private boolean matches(UsernamePasswordCredential login, Optional<String> storedHash) {
        boolean matches = passwordHash.verify(login.getPassword().getValue(), storedHash.orElse(noAccount));
        return storedHash.isPresent() && matches;
    }

    private CredentialValidationResult validateDebtor(String text, UsernamePasswordCredential login) {
        Personnummer personnummer;
        try {
            personnummer = Personnummer.parse(text);
        } catch (DomainException e) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return matches(login, debtors.findPortalCredential(personnummer).map(PortalCredential::passwordHash))
                ? new CredentialValidationResult(personnummer.digits(), Set.of(Roles.DEBTOR))
                : CredentialValidationResult.INVALID_RESULT;
    }

    /** Someone the e-identification provider vouched for: a portal login when they are one of our debtors. */
    private CredentialValidationResult validateDebtor(Personnummer personnummer) {
        return debtors.findByPersonnummer(personnummer).isPresent()
                ? new CredentialValidationResult(personnummer.digits(), Set.of(Roles.DEBTOR))
                : CredentialValidationResult.INVALID_RESULT;
    }

    private static boolean looksLikePersonnummer(String name) {
        return !name.isEmpty() && name.chars().allMatch(c -> Character.isDigit(c) || c == '-' || c == '+');
    }
}
