package org.nottspartners.portal.core.identity;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Whether the sign-in service (Keycloak) answers at an address, asked at most once every {@link #KEPT}: while one
 * request asks, the others take the last answer, so that a crowd asks once (issue 27). The pages ask before sending a
 * visitor to sign in; the API asks when a token could not be checked, to tell "sign-in is unavailable" (503) from
 * "this token is not valid" (401).
 */
public final class ProviderProbe {

    public static final Duration KEPT = Duration.ofSeconds(5);
    private static final Duration ASK_FOR = Duration.ofSeconds(2);

    private final Predicate<String> asks;
    /** When the last question was asked (0: never). */
    private final AtomicLong askedAt = new AtomicLong();
    private volatile boolean answered = true;

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(ASK_FOR)
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    /** A probe that asks over HTTP whether the address answers 200 within two seconds. */
    public ProviderProbe() {
        this(ProviderProbe::ask);
    }

    /** A probe that asks the given question (for tests of the keeping and sharing of answers). */
    public ProviderProbe(Predicate<String> asks) {
        this.asks = asks;
    }

    public boolean answers(String address) {
        long now = System.nanoTime();
        long last = askedAt.get();
        if ((last == 0 || now - last >= KEPT.toNanos()) && askedAt.compareAndSet(last, now)) {
            answered = asks.test(address);
        }
        return answered;
    }

    /** Whether the address answers with success (2xx, after redirects) within two seconds, asked now. */
    public static boolean ask(String address) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(address)).timeout(ASK_FOR).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() / 100 == 2;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
