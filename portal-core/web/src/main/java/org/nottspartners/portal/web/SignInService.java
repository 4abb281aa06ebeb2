package org.nottspartners.portal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * Whether the sign-in service (Keycloak) answers, asked before a visitor is sent there: when it does not, the visitor
 * gets the portal's own "sign-in is unavailable" page (503) instead of their browser's "cannot connect" (issue 27).
 * People already signed in carry on: their session goes on while it lasts. The answer is kept for {@link #KEPT}, and
 * while one request asks the others take the last answer, so that a crowd at the sign-in page asks once.
 */
@ApplicationScoped
public class SignInService {

    static final Duration KEPT = org.nottspartners.portal.core.identity.ProviderProbe.KEPT;

    @Inject
    OidcSettings settings;

    private final org.nottspartners.portal.core.identity.ProviderProbe probe =
            new org.nottspartners.portal.core.identity.ProviderProbe(this::answers);

    public boolean isAvailable() {
        return probe.answers(settings.getProviderUri());
    }

    /** Whether the provider's discovery document answers 200 within two seconds, asked now. */
    boolean answers(String providerUri) {
        return org.nottspartners.portal.core.identity.ProviderProbe.ask(providerUri + "/.well-known/openid-configuration");
    }
}
