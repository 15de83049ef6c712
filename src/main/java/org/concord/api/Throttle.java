package org.concord.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How fast each token may call: a bucket of {@code concord.api.burst} calls (default 120) that
 * refills at {@code concord.api.perMinute} calls a minute (default 600). A call finding the
 * bucket empty is refused with the whole seconds until the next call is free (429 with
 * Retry-After). The buckets live in this server's memory, like the sign-in throttle.
 */
@ApplicationScoped
public class Throttle {

    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "concord.api.burst", defaultValue = "120")
    private int burst;

    @Inject
    @ConfigProperty(name = "concord.api.perMinute", defaultValue = "600")
    private int perMinute;

    /** Takes one call from {@code tokenId}'s bucket: 0 when allowed, else the seconds to wait. */
    public long take(long tokenId) {
        long now = clock.millis();
        int capacity = Math.max(1, burst);
        double perMilli = Math.max(1, perMinute) / 60_000.0;
        if (buckets.size() > 100_000) {
            buckets.clear();
        }
        Bucket bucket = buckets.computeIfAbsent(tokenId, id -> new Bucket(capacity, now));
        synchronized (bucket) {
            bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.at) * perMilli);
            bucket.at = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - bucket.tokens) / perMilli / 1000));
        }
    }

    private static final class Bucket {
        private double tokens;
        private long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }
}
