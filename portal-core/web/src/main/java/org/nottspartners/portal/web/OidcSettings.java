package org.nottspartners.portal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where the sign-in service is and how the portal identifies itself to it (from configuration). */
@Named("oidcSettings")
@ApplicationScoped
public class OidcSettings {

    @Inject
    @ConfigProperty(name = "portal.oidc.provider-uri")
    String providerUri;

    @Inject
    @ConfigProperty(name = "portal.oidc.client-id")
    String clientId;

    @Inject
    @ConfigProperty(name = "portal.oidc.client-secret")
    String clientSecret;

    public String getProviderUri() {
        return providerUri;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }
}
