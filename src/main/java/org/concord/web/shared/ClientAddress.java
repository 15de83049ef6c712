package org.concord.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request comes from, as the sign-in throttle and the link-guessing limit count it.
 * Behind a load balancer every connection comes from the balancer, so the balancer's
 * {@code X-Forwarded-For} is read, but only when the connection comes from an address the
 * operator trusts ({@code concord.trustedProxies}, comma-separated; none by default): anyone else
 * could write any address there and escape the limits. The header is read from its end, skipping
 * the trusted proxies, so that what a client wrote at its start is never taken for its address.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "concord.trustedProxies")
    private Optional<String> trustedProxies;

    private Set<String> trusted;

    /** Where {@code request} comes from: its client's address. */
    public String of(HttpServletRequest request) {
        if (trusted == null) {
            trusted = parse(trustedProxies.orElse(""));
        }
        return resolve(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")), trusted);
    }

    /**
     * The client behind {@code remote}: {@code remote} itself unless it is a trusted proxy; then the
     * last address of the forwarded chain (every {@code X-Forwarded-For} line in order) that is not
     * a trusted proxy, or the first of the chain if all are.
     */
    static String resolve(String remote, List<String> forwardedLines, Set<String> trusted) {
        if (!trusted.contains(remote)) {
            return remote;
        }
        List<String> chain = forwardedLines.stream().flatMap(line -> Arrays.stream(line.split(",")))
                .map(String::strip).filter(hop -> !hop.isEmpty()).toList();
        for (int i = chain.size() - 1; i >= 0; i--) {
            if (!trusted.contains(chain.get(i))) {
                return chain.get(i);
            }
        }
        return chain.isEmpty() ? remote : chain.get(0);
    }

    static Set<String> parse(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(a -> !a.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }
}
