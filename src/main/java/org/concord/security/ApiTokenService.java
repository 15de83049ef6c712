package org.concord.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.concord.kernel.AccessToken;
import org.concord.kernel.Refusal;

/**
 * Personal API tokens: a person makes one on their account page (a name, an expiry date at most
 * a year ahead), sees its secret once, lists theirs with when each was last used, and revokes
 * any of them. A call to the API presents the secret; {@link #authenticate} finds the token by
 * the secret's SHA-256 and answers its owner as a {@link Caller} read now, so roles changed or
 * an account disabled take effect at the next call. A fast hash is right here, unlike for
 * passwords: the secret is 256 random bits, which no one can guess however fast each guess is,
 * and a plain digest lets every call find its token through the unique index at no cost. Making,
 * revoking and every refused use of an expired or revoked token are audited.
 */
@ApplicationScoped
@Transactional
public class ApiTokenService {

    /** What every secret starts with, so that scanners and people recognise a leaked one. */
    public static final String PREFIX = "concord_";
    /** The longest a token may live. */
    public static final int MAX_DAYS = 366;
    /** How seldom the last use is written down (not at every call). */
    private static final Duration LAST_USE_GRAIN = Duration.ofMinutes(1);

    @PersistenceContext(unitName = "concord")
    private EntityManager entityManager;

    @Inject
    private AccountService accounts;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    protected ApiTokenService() {
        // for CDI
    }

    /** A token just made: the secret, shown once, and the token as listed. */
    public record IssuedToken(String secret, ApiTokenRow token) {
    }

    /** How a token is listed on its owner's page. */
    public record ApiTokenRow(long id, String name, Instant createdAt, Instant expiresAt, Instant revokedAt,
                              Instant lastUsedAt, boolean usable) {
    }

    /** Why a presented secret opens the API or not. */
    public enum Verdict {
        ACCEPTED, UNKNOWN, EXPIRED, REVOKED, OWNER_UNAVAILABLE
    }

    /** The outcome of presenting a secret: the verdict, and for an accepted one its token's id and owner. */
    public record Authentication(Verdict verdict, long tokenId, Caller caller) {

        public Optional<Caller> accepted() {
            return verdict == Verdict.ACCEPTED ? Optional.of(caller) : Optional.empty();
        }
    }

    /**
     * Makes a token for {@code owner}, named {@code name}, valid until the end of {@code expiresOn} (UTC).
     *
     * @throws Refusal on field {@code name} or {@code expiresOn}
     */
    public IssuedToken create(Caller owner, String name, LocalDate expiresOn) {
        String wanted = name == null ? "" : name.strip();
        if (wanted.isEmpty()) {
            throw new Refusal("api.token.nameRequired").on("name");
        }
        if (wanted.length() > 100) {
            throw new Refusal("api.token.nameTooLong", 100).on("name");
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (expiresOn == null || !expiresOn.isAfter(today.minusDays(1)) || expiresOn.isAfter(today.plusDays(MAX_DAYS))) {
            throw new Refusal("api.token.expiry", MAX_DAYS).on("expiresOn");
        }
        String secret = PREFIX + AccessToken.newToken();
        ApiToken token = new ApiToken(owner.username(), wanted, AccessToken.hash(secret), clock.instant(),
                expiresOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        entityManager.persist(token);
        entityManager.flush();
        audit.record(owner.username(), "api-token.created", "api-token-" + token.getId(), "expires " + expiresOn);
        return new IssuedToken(secret, row(token));
    }

    /** The tokens of {@code owner}, newest first (revoked and expired ones too, marked unusable). */
    public List<ApiTokenRow> tokensOf(Caller owner) {
        return entityManager.createNamedQuery("ApiToken.findByOwner", ApiToken.class)
                .setParameter("owner", owner.username())
                .getResultStream().map(this::row).toList();
    }

    /**
     * Revokes one of the caller's own tokens, for good; revoking a revoked token changes nothing.
     *
     * @throws Refusal not found for a token that is not the caller's
     */
    public void revoke(Caller owner, long tokenId) {
        ApiToken token = entityManager.find(ApiToken.class, tokenId);
        if (token == null || !token.getOwner().equals(owner.username())) {
            throw Refusal.of(Refusal.Kind.NOT_FOUND, "api.token.notFound");
        }
        if (!token.isRevoked()) {
            token.revoke(clock.instant());
            audit.record(owner.username(), "api-token.revoked", "api-token-" + tokenId, null);
        }
    }

    /**
     * Who a presented secret acts for: accepted while it is neither expired nor revoked and its
     * owner's account can sign in. A refused known token is audited (who tried which token,
     * and why); an unknown secret is not, since anyone can send one.
     */
    public Authentication authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || !AccessToken.wellFormed(secret.substring(PREFIX.length()))) {
            return new Authentication(Verdict.UNKNOWN, 0, null);
        }
        Optional<ApiToken> found = entityManager.createNamedQuery("ApiToken.findByHash", ApiToken.class)
                .setParameter("hash", AccessToken.hash(secret)).getResultStream().findFirst();
        if (found.isEmpty()) {
            return new Authentication(Verdict.UNKNOWN, 0, null);
        }
        ApiToken token = found.get();
        Instant now = clock.instant();
        Verdict verdict;
        Optional<Caller> caller = Optional.empty();
        if (token.isRevoked()) {
            verdict = Verdict.REVOKED;
        } else if (token.isExpiredAt(now)) {
            verdict = Verdict.EXPIRED;
        } else {
            caller = accounts.caller(token.getOwner()).map(c -> new Caller(c.username(), c.displayName(), c.roles(), false,
                    c.sessionEpoch()));
            verdict = caller.isPresent() ? Verdict.ACCEPTED : Verdict.OWNER_UNAVAILABLE;
        }
        if (verdict != Verdict.ACCEPTED) {
            audit.record(token.getOwner(), "api-token.refused", "api-token-" + token.getId(),
                    verdict.name().toLowerCase(java.util.Locale.ROOT));
            return new Authentication(verdict, token.getId(), null);
        }
        if (token.getLastUsedAt() == null || token.getLastUsedAt().plus(LAST_USE_GRAIN).isBefore(now)) {
            token.usedAt(now);
        }
        return new Authentication(verdict, token.getId(), caller.get());
    }

    private ApiTokenRow row(ApiToken token) {
        Instant now = clock.instant();
        return new ApiTokenRow(token.getId(), token.getName(), token.getCreatedAt(), token.getExpiresAt(),
                token.getRevokedAt(), token.getLastUsedAt(), !token.isRevoked() && !token.isExpiredAt(now));
    }
}
