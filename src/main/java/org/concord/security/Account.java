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
 * An account always has at least one role and a hash in {@link PasswordHash}'s format.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = "Account.findByUsername", query = "SELECT a FROM Account a WHERE a.username = :username")
@NamedQuery(name = "Account.count", query = "SELECT COUNT(a) FROM Account a")
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

    @Column(name = "failed_sign_ins")
    private int failedSignIns;

    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

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
        if (!PasswordHash.looksLikeHash(passwordHash)) {
            throw new IllegalArgumentException("an account keeps a password hash, never a password");
        }
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("an account has at least one role");
        }
        this.username = username;
        this.displayName = Objects.requireNonNull(displayName);
        this.passwordHash = passwordHash;
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = Objects.requireNonNull(createdAt).atOffset(ZoneOffset.UTC);
    }

    /** Marks the password as one the person did not choose: they change it when they sign in. */
    public void requirePasswordChange() {
        this.mustChangePassword = true;
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

    public int getFailedSignIns() {
        return failedSignIns;
    }

    public Instant getLockedUntil() {
        return lockedUntil == null ? null : lockedUntil.toInstant();
    }

    public Instant getCreatedAt() {
        return createdAt == null ? null : createdAt.toInstant();
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
