package se.inkasso.complaints.bench;

import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.SplittableRandom;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A password hash in the form Jakarta Security's Pbkdf2PasswordHash verifies
 * ({@code algorithm:iterations:salt:hash}, Base64), with its default algorithm and iterations, so
 * that the generated logins work in the application as the ones it makes itself.
 */
final class PasswordHash {

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int ITERATIONS = 2048;
    private static final int BYTES = 32;

    private PasswordHash() {
    }

    static String of(String password, SplittableRandom random) {
        byte[] salt = new byte[BYTES];
        random.nextBytes(salt);
        try {
            byte[] hash = SecretKeyFactory.getInstance(ALGORITHM)
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, BYTES * 8)).getEncoded();
            return ALGORITHM + ":" + ITERATIONS + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                    + Base64.getEncoder().encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every Java runtime", e);
        }
    }
}
