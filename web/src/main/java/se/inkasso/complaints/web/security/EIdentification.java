package se.inkasso.complaints.web.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.ACR;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.inkasso.complaints.domain.DomainException;
import se.inkasso.complaints.domain.identity.Personnummer;

/**
 * Debtors' login with e-identification (BankID, Freja) through the agency's OpenID Connect
 * broker: the authorization code flow with PKCE, state and nonce, the ID token's signature,
 * issuer, audience and expiry checked against the provider's published keys, and the
 * personnummer read from the claim the broker puts it in. Off until a provider is configured.
 */
@Named
@ApplicationScoped
public class EIdentification {

    private static final Logger LOG = Logger.getLogger(EIdentification.class.getName());

    @Inject
    @ConfigProperty(name = "complaints.portal.oidc.provider-uri")
    Optional<String> providerUri;

    @Inject
    @ConfigProperty(name = "complaints.portal.oidc.client-id", defaultValue = "complaints-portal")
    String clientId;

    @Inject
    @ConfigProperty(name = "complaints.portal.oidc.client-secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "complaints.portal.oidc.personnummer-claim", defaultValue = "ssn")
    String personnummerClaim;

    @Inject
    @ConfigProperty(name = "complaints.portal.oidc.scope", defaultValue = "openid")
    String scope;

    @Inject
    @ConfigProperty(name = "complaints.portal.oidc.timeout-seconds", defaultValue = "10")
    int timeoutSeconds;

    /**
     * The levels of assurance (the ID token's {@code acr}) a login must have: by default the
     * Swedish e-identification framework's levels 3 and 4 (BankID, Freja eID Plus); {@code any}
     * takes every level, for a broker that checks it itself.
     */
    @Inject
    @ConfigProperty(name = "complaints.portal.oidc.acr-values",
            defaultValue = "http://id.elegnamnden.se/loa/1.0/loa3,http://id.elegnamnden.se/loa/1.0/loa4")
    List<String> acrValues;

    /** The address the broker must send debtors back to; needed unless the application runs on this machine only. */
    @Inject
    @ConfigProperty(name = "complaints.portal.oidc.redirect-uri")
    Optional<String> redirectUri;

    /** The provider's endpoints and keys, looked up at the first login and kept. */
    private volatile Provider provider;

    /** A login on its way through the provider: what must come back, kept in the session. */
    public record Pending(String state, String nonce, String codeVerifier, URI returnTo, String next)
            implements Serializable {
    }

    /** Who the provider says logged in, and the token that ends their session there again. */
    public record Identified(Personnummer personnummer, String idToken) {
    }

    /** Why a login with e-identification did not go through, each with its own text on the login page. */
    public enum Refusal {
        /** The debtor stopped the login at the provider. */
        CANCELLED,
        /** The provider could not be reached or answered with an error. */
        UNAVAILABLE,
        /** The answer did not belong to a login started here, or its token did not hold. */
        FAILED,
        /** The person is not a debtor of the agency. */
        UNKNOWN,
        /** The e-identification used is weaker than the portal requires. */
        LEVEL
    }

    /** A login with e-identification that did not go through. */
    public static final class RefusedException extends Exception {
        private final Refusal refusal;

        RefusedException(Refusal refusal, String detail, Throwable cause) {
            super(refusal + ": " + detail, cause);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    private record Provider(OIDCProviderMetadata metadata, IDTokenValidator validator) {
    }

    /**
     * The public address of {@code path} in this application, for the provider to send the debtor
     * to: below the configured redirect address's application. Without one, below the address this
     * request came to ({@code requestUrl} ending in {@code requestPath}) only when that is this
     * machine (a trial run): elsewhere the Host header is the client's to write, and a login must
     * never be sent back to an address a client chose. Empty when there is no address to trust.
     */
    public Optional<URI> publicAddress(String requestUrl, String requestPath, String path) {
        Optional<String> configured = redirectUri.filter(uri -> !uri.isBlank()).map(String::strip)
                .map(uri -> uri.endsWith(EIdentificationServlet.RETURN)
                        ? uri.substring(0, uri.length() - EIdentificationServlet.RETURN.length()) : uri);
        if (configured.isPresent()) {
            return Optional.of(URI.create(configured.get() + path));
        }
        String base = requestUrl.substring(0, requestUrl.length() - requestPath.length());
        return isThisMachine(URI.create(base).getHost()) ? Optional.of(URI.create(base + path)) : Optional.empty();
    }

    private static boolean isThisMachine(String host) {
        return host != null && List.of("localhost", "127.0.0.1", "[::1]", "::1").contains(host.toLowerCase(Locale.ROOT));
    }

    public boolean isConfigured() {
        return providerUri.filter(uri -> !uri.isBlank()).isPresent();
    }

    /** The provider's login page for a new login, which comes back to {@code returnTo}. */
    public URI start(Pending pending) throws RefusedException {
        return new AuthenticationRequest.Builder(ResponseType.CODE, Scope.parse(scope), new ClientID(clientId),
                pending.returnTo())
                .endpointURI(provider().metadata().getAuthorizationEndpointURI())
                .state(new State(pending.state()))
                .nonce(new Nonce(pending.nonce()))
                .codeChallenge(new CodeVerifier(pending.codeVerifier()), CodeChallengeMethod.S256)
                .acrValues(anyLevel() ? null : acrValues.stream().map(ACR::new).toList())
                .build().toURI();
    }

    /** A new login's secrets: state against forged answers, nonce against replayed tokens, PKCE. */
    public static Pending pending(URI returnTo, String next) {
        return new Pending(new State().getValue(), new Nonce().getValue(), new CodeVerifier().getValue(), returnTo,
                next);
    }

    /** The provider's answer at {@code returnTo} (the full URL it sent the browser to), checked. */
    public Identified finish(URI answer, Pending pending) throws RefusedException {
        AuthenticationResponse response;
        try {
            response = AuthenticationResponseParser.parse(answer);
        } catch (ParseException e) {
            throw new RefusedException(Refusal.FAILED, "unreadable answer", e);
        }
        if (!pending.state().equals(response.getState() == null ? null : response.getState().getValue())) {
            throw new RefusedException(Refusal.FAILED, "state does not match the login started", null);
        }
        if (response instanceof AuthenticationErrorResponse error) {
            String code = error.getErrorObject().getCode();
            throw new RefusedException("access_denied".equals(code) ? Refusal.CANCELLED : Refusal.UNAVAILABLE,
                    "provider answered " + code, null);
        }
        AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();
        if (code == null) {
            throw new RefusedException(Refusal.FAILED, "no authorization code", null);
        }
        JWT idToken = exchange(code, pending);
        IDTokenClaimsSet claims;
        try {
            claims = provider().validator().validate(idToken, new Nonce(pending.nonce()));
        } catch (BadJOSEException | JOSEException e) {
            throw new RefusedException(Refusal.FAILED, "ID token refused", e);
        }
        requireLevel(claims.getACR());
        return new Identified(personnummer(claims), idToken.getParsedString());
    }

    /** The login's level of assurance is one the portal takes (a broker may answer with a lower one). */
    void requireLevel(ACR level) throws RefusedException {
        if (!anyLevel() && (level == null || !acrValues.contains(level.getValue()))) {
            throw new RefusedException(Refusal.LEVEL, "level of assurance " + level + " is not one of " + acrValues,
                    null);
        }
    }

    private boolean anyLevel() {
        return acrValues.size() == 1 && "any".equalsIgnoreCase(acrValues.get(0).strip());
    }

    /** Where to end the debtor's session at the provider too, then come back to {@code after}. */
    public Optional<URI> logout(String idToken, URI after) {
        try {
            URI endSession = provider().metadata().getEndSessionEndpointURI();
            return endSession == null ? Optional.empty()
                    : Optional.of(new LogoutRequest(endSession, JWTParser.parse(idToken), after, null).toURI());
        } catch (RefusedException | java.text.ParseException e) {
            LOG.log(Level.WARNING, "The debtor is logged out here but not at the e-identification provider", e);
            return Optional.empty();
        }
    }

    private JWT exchange(AuthorizationCode code, Pending pending) throws RefusedException {
        AuthorizationCodeGrant grant = new AuthorizationCodeGrant(code, pending.returnTo(),
                new CodeVerifier(pending.codeVerifier()));
        URI endpoint = provider().metadata().getTokenEndpointURI();
        TokenRequest request = clientSecret.filter(secret -> !secret.isBlank())
                .map(secret -> new TokenRequest(endpoint, new ClientSecretBasic(new ClientID(clientId),
                        new Secret(secret)), grant))
                .orElseGet(() -> new TokenRequest(endpoint, new ClientID(clientId), grant));
        HTTPRequest http = request.toHTTPRequest();
        http.setConnectTimeout(timeoutMillis());
        http.setReadTimeout(timeoutMillis());
        TokenResponse response;
        try {
            response = OIDCTokenResponseParser.parse(http.send());
        } catch (IOException | ParseException e) {
            throw new RefusedException(Refusal.UNAVAILABLE, "token endpoint " + endpoint, e);
        }
        if (!response.indicatesSuccess()) {
            throw new RefusedException(Refusal.FAILED,
                    "token endpoint answered " + response.toErrorResponse().getErrorObject(), null);
        }
        return ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
    }

    private Personnummer personnummer(IDTokenClaimsSet claims) throws RefusedException {
        Object value = claims.getClaim(personnummerClaim);
        if (value == null) {
            throw new RefusedException(Refusal.FAILED, "no claim " + personnummerClaim + " in the ID token", null);
        }
        try {
            return Personnummer.parse(value.toString());
        } catch (DomainException e) {
            throw new RefusedException(Refusal.FAILED, "claim " + personnummerClaim + " is no personnummer", e);
        }
    }

    private Provider provider() throws RefusedException {
        Provider known = provider;
        if (known != null) {
            return known;
        }
        Issuer issuer = new Issuer(providerUri.orElseThrow().strip().replaceAll("/+$", ""));
        try {
            OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(issuer, timeoutMillis(), timeoutMillis());
            IDTokenValidator validator = new IDTokenValidator(metadata.getIssuer(), new ClientID(clientId),
                    JWSAlgorithm.RS256, metadata.getJWKSetURI().toURL(),
                    new DefaultResourceRetriever(timeoutMillis(), timeoutMillis()));
            known = new Provider(metadata, validator);
        } catch (GeneralException | IOException | IllegalArgumentException e) {
            throw new RefusedException(Refusal.UNAVAILABLE, "provider " + issuer + " not found", e);
        }
        provider = known;
        return known;
    }

    private int timeoutMillis() {
        return (int) Duration.ofSeconds(timeoutSeconds).toMillis();
    }
}
