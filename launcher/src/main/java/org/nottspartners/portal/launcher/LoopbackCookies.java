package org.nottspartners.portal.launcher;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cookies as a browser keeps them for a loopback address: Keycloak marks its sign-in cookies Secure, and browsers (and
 * curl) treat 127.0.0.1 as a secure context, sending them over plain HTTP; Java's cookie manager does not, so the
 * Secure mark is dropped here. For clients of a portal on loopback only: the tests' page sessions, the cluster drill.
 */
public final class LoopbackCookies extends CookieHandler {

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
        return cookies.get(uri, requestHeaders);
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
        Map<String, List<String>> withoutSecure = new HashMap<>();
        responseHeaders.forEach((name, values) -> withoutSecure.put(name, name != null && name.equalsIgnoreCase("Set-Cookie")
                ? values.stream().map(v -> v.replaceAll("(?i);\\s*Secure(?=;|$)", "")).toList() : values));
        cookies.put(uri, withoutSecure);
    }

    /** The value of a cookie kept for this address, if one is. */
    public java.util.Optional<String> value(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).map(java.net.HttpCookie::getValue)
                .findFirst();
    }
}
