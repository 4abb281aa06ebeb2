package org.nottspartners.portal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Whether the sign-in service (Keycloak) answers, asked before a visitor is sent there: when it does not, the visitor
 * gets the portal's own "sign-in is unavailable" page (503) instead of their browser's "cannot connect" (issue 27).
 * People already signed in carry on: their session goes on while it lasts. The answer is kept for {@link #KEPT}, and
 * while one request asks the others take the last answer, so that a crowd at the sign-in page asks once.
 */
@ApplicationScoped
public class SignInService {

    static final Duration KEPT = Duration.ofSeconds(5);
    private static final Duration ASK_FOR = Duration.ofSeconds(2);

    @Inject
    OidcSettings settings;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(ASK_FOR).build();
    /** When the last question was asked (0: never); one request asks at a time, the others take the last answer. */
    private final java.util.concurrent.atomic.AtomicLong askedAt = new java.util.concurrent.atomic.AtomicLong();
    private volatile boolean answered = true;

    public boolean isAvailable() {
        long now = System.nanoTime();
        long last = askedAt.get();
        if ((last == 0 || now - last >= KEPT.toNanos()) && askedAt.compareAndSet(last, now)) {
            answered = answers(settings.getProviderUri());
        }
        return answered;
    }

    /** Whether the provider's discovery document answers 200 within {@link #ASK_FOR}. */
    boolean answers(String providerUri) {
        try {
            HttpRequest discovery = HttpRequest.newBuilder(URI.create(providerUri + "/.well-known/openid-configuration"))
                    .timeout(ASK_FOR).build();
            return http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
