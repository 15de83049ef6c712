package org.concord.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A person who signs in to Concord: their user name, the PBKDF2 hash of their password (never
 * the password), their roles, and whether they must change the password at the next sign-in.
 * An account always has at least one role and a hash in {@link Passwords}' format. Its
 * session epoch grows with every password change or reset, and every sign-in made under an
 * older epoch is ended (see {@link AccessFilter}); a disabled account is kept with its history
 * but cannot sign in. Guessing is slowed by {@link SignInThrottle}, never by locking the account.
 * An account made by single sign-on keeps the provider's issuer and the person's subject
 * there, which link every later sign-in through the provider to it.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = "Account.findByUsername", query = "SELECT a FROM Account a WHERE a.username = :username")
@NamedQuery(name = "Account.findByProvider",
        query = "SELECT a FROM Account a WHERE a.oidcIssuer = :issuer AND a.oidcSubject = :subject")
@NamedQuery(name = "Account.count", query = "SELECT COUNT(a) FROM Account a")
@NamedQuery(name = "Account.findAll", query = "SELECT a FROM Account a ORDER BY a.username")
@NamedQuery(name = "Account.findEnabledWithRole",
        query = "SELECT a FROM Account a JOIN a.roles r WHERE a.disabled = false AND r = :role ORDER BY a.username")
@NamedQuery(name = "Account.countEnabledWithRole",
        query = "SELECT COUNT(a) FROM Account a JOIN a.roles r WHERE a.disabled = false AND r = :role")
public class Account {

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @NotBlank
    @Size(max = 100)
    @Pattern(regexp = "[A-Za-z0-9._@-]+")
    private String username;

    @NotBlank
    @Size(max = 200)
    @Column(name = "display_name")
    private String displayName;

    @NotBlank
    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "must_change_password")
    private boolean mustChangePassword;

    @Column(name = "session_epoch")
    private int sessionEpoch;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "last_signed_in_at")
    private OffsetDateTime lastSignedInAt;

    private boolean disabled;

    @Column(name = "oidc_issuer")
    private String oidcIssuer;

    @Column(name = "oidc_subject")
    private String oidcSubject;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected Account() {
        // for JPA
    }

    public Account(String username, String displayName, String passwordHash, Set<Role> roles, Instant createdAt) {
        if (username == null || !username.matches("[A-Za-z0-9._@-]{1,100}")) {
            throw new IllegalArgumentException("a user name is 1 to 100 letters, digits, '.', '_', '@' or '-'");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            throw new IllegalArgumentException("a display name is 1 to 200 characters");
        }
        this.username = username;
        this.displayName = displayName.strip();
        this.passwordHash = requireHash(passwordHash);
        this.roles = requireRoles(roles);
        this.createdAt = Objects.requireNonNull(createdAt).atOffset(ZoneOffset.UTC);
    }

    private static String requireHash(String hash) {
        if (!Passwords.looksLikeHash(hash)) {
            throw new IllegalArgumentException("an account keeps a password hash, never a password");
        }
        return hash;
    }

    private static EnumSet<Role> requireRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("an account has at least one role");
        }
        return EnumSet.copyOf(roles);
    }

    /** Marks the password as one the person did not choose: they change it when they sign in. */
    public void requirePasswordChange() {
        this.mustChangePassword = true;
    }

    /** A successful sign-in at {@code now}. */
    public void recordSignIn(Instant now) {
        lastSignedInAt = now.atOffset(ZoneOffset.UTC);
    }

    /** The person chose a new password (its hash is given): they need not change it again. */
    public void changePassword(String newHash) {
        passwordHash = requireHash(newHash);
        mustChangePassword = false;
        sessionEpoch++;
    }

    /** An administrator set a one-time password: it must be changed at the next sign-in. */
    public void resetPassword(String oneTimeHash) {
        passwordHash = requireHash(oneTimeHash);
        mustChangePassword = true;
        sessionEpoch++;
    }

    public void changeRoles(Set<Role> newRoles) {
        roles = requireRoles(newRoles);
    }

    /**
     * Links this account to the person {@code subject} of the OpenID provider {@code issuer}:
     * they sign in there from now on (a single sign-on account has no usable password).
     */
    public void linkToProvider(String issuer, String subject) {
        if (issuer == null || issuer.isBlank() || issuer.length() > 500 || subject == null || subject.isBlank()
                || subject.length() > 255) {
            throw new IllegalArgumentException("an issuer (at most 500 characters) and a subject (at most 255) are needed");
        }
        this.oidcIssuer = issuer;
        this.oidcSubject = subject;
    }

    /** Whether its owner signs in through an OpenID provider. */
    public boolean isSingleSignOn() {
        return oidcSubject != null;
    }

    public void disable() {
        disabled = true;
    }

    public void enable() {
        disabled = false;
    }

    /** What the rest of Concord may know of this account while its owner is signed in. */
    public Caller asCaller() {
        return new Caller(username, displayName, getRoles(), mustChangePassword, sessionEpoch);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    /** Grows with each password change or reset; sign-ins made under an older epoch are ended. */
    public int getSessionEpoch() {
        return sessionEpoch;
    }

    public Instant getCreatedAt() {
        return createdAt == null ? null : createdAt.toInstant();
    }

    public Instant getLastSignedInAt() {
        return lastSignedInAt == null ? null : lastSignedInAt.toInstant();
    }

    public boolean isDisabled() {
        return disabled;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
