package org.nottspartners.portal.launcher;

import java.util.Map;

/** The environment variables the portal reads its settings from (see the README's settings table). */
public final class PortalEnvironment {

    private PortalEnvironment() {
    }

    public static Map<String, String> of(PortalDatabase db, KeycloakServer keycloak, String webBaseUrl) {
        return Map.of(
                "PORTAL_DB_URL", db.jdbcUrl(),
                "PORTAL_DB_OWNER_USER", PortalDatabase.OWNER,
                "PORTAL_DB_OWNER_PASSWORD", PortalDatabase.OWNER,
                "PORTAL_DB_APP_USER", PortalDatabase.APP,
                "PORTAL_DB_APP_PASSWORD", PortalDatabase.APP,
                "PORTAL_OIDC_PROVIDER_URI", keycloak.issuer(),
                "PORTAL_WEB_BASE_URL", webBaseUrl,
                "MP_JWT_VERIFY_ISSUER", keycloak.issuer(),
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", keycloak.issuer() + "/protocol/openid-connect/certs");
    }
}
