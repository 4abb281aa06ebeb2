package org.nottspartners.portal.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.nottspartners.portal.core.identity.ProviderProbe;

/**
 * Where the API gets the keys it checks tokens with (Keycloak's JWKS, {@code mp.jwt.verify.publickey.location}), and
 * whether that answers now (issue 27): a token the server could not check while Keycloak is down is answered 503
 * ("sign-in is unavailable"), not 401 ("your token is not valid"), so a client waits and tries again rather than
 * throwing its token away. Tokens whose keys the server already holds keep working while Keycloak is down.
 */
@ApplicationScoped
public class TokenKeys {

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    Optional<String> location;

    private final ProviderProbe probe = new ProviderProbe();

    /** Whether the keys can be fetched now (asked at most every few seconds); true when the keys are not fetched at all. */
    public boolean reachable() {
        return location.filter(l -> l.startsWith("http")).map(probe::answers).orElse(true);
    }

    /**
     * Whether a request refused for its token should be told "sign-in is unavailable" instead: it sent a bearer token,
     * and the keys to check it cannot be fetched now.
     */
    public boolean uncheckable(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && !expired(authorization.substring(7).trim()) && !reachable();
    }

    private static final java.util.regex.Pattern EXPIRY = java.util.regex.Pattern.compile("\"exp\"\\s*:\\s*(\\d{1,12})");

    /**
     * Whether the token says it has expired (read without checking it): an expired token is the caller's to renew, so it
     * stays a 401 whether or not the sign-in service answers.
     */
    static boolean expired(String token) {
        String[] parts = token.split("\\.");
        if (parts.length < 2) {
            return false;
        }
        try {
            String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8);
            java.util.regex.Matcher m = EXPIRY.matcher(payload);
            return m.find() && java.time.Instant.ofEpochSecond(Long.parseLong(m.group(1)))
                    .isBefore(java.time.Instant.now(org.nottspartners.portal.core.time.PortalClock.shared()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Seconds a client is asked to wait before trying again. */
    public static final String RETRY_AFTER = "30";

    public static org.nottspartners.portal.core.problem.Problem unavailable() {
        return org.nottspartners.portal.core.problem.Problem.of(503, "Sign-in is unavailable",
                "The portal cannot reach the sign-in service to check your access token just now. Nothing has been done;"
                        + " try again in a few minutes.");
    }
}
