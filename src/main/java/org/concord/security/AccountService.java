package org.concord.security;

import org.concord.kernel.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the accounts people sign in with: checks passwords (guessers are slowed by
 * {@link SignInThrottle} before a password gets here, never by locking an account), lets people
 * change their password, and lets administrators create, change and remove accounts. Every
 * sign-in, refusal and change is written to the {@link AuditTrail} in the same transaction.
 * On a new, empty database it creates the first administrator with a random password that is
 * handed back exactly once; only its hash is stored, and it must be changed at first sign-in.
 * Concord always keeps at least one enabled administrator, and nobody removes their own access.
 */
@ApplicationScoped
@Transactional
public class AccountService {

    public static final String FIRST_ADMINISTRATOR = "admin";
    /** The actor of audit entries about sign-ins under a user name that has no account. */
    public static final String ANONYMOUS = "anonymous";
    private static final int GENERATED_PASSWORD_LENGTH = 20;
    private static final int ONE_TIME_PASSWORD_LENGTH = 16;

    @PersistenceContext(unitName = "concord")
    private EntityManager entityManager;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Clock clock;

    @Inject
    private Passwords passwords;

    protected AccountService() {
        // for CDI
    }

    public long count() {
        return entityManager.createNamedQuery("Account.count", Long.class).getSingleResult();
    }

    public Optional<Account> find(String username) {
        return entityManager.createNamedQuery("Account.findByUsername", Account.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    /** The signed-in person {@code username} as of now; empty when the account is gone or disabled. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Caller> caller(String username) {
        return find(username).filter(account -> !account.isDisabled()).map(Account::asCaller);
    }

    /**
     * Creates the administrator account when there is no account at all, and returns its
     * password; returns empty when accounts exist already (the password is never shown again).
     */
    public Optional<char[]> createFirstAdministrator() {
        if (count() > 0) {
            return Optional.empty();
        }
        char[] password = Passwords.randomPassword(GENERATED_PASSWORD_LENGTH);
        Account admin = new Account(FIRST_ADMINISTRATOR, "Administrator", passwords.hash(password),
                EnumSet.of(Role.ADMIN), clock.instant());
        admin.requirePasswordChange();
        entityManager.persist(admin);
        auditTrail.record("system", "account.created", FIRST_ADMINISTRATOR, "first administrator, generated password");
        return Optional.of(password);
    }

    /**
     * Checks {@code password} for {@code username}; a disabled account is refused whatever the
     * password. An unknown user name costs the same time as a known one (a PBKDF2 check against
     * a dummy hash) and gets the same answer, and is audited without the name typed (it may be a
     * password typed in the wrong field).
     */
    public SignInResult signIn(String username, char[] password) {
        Instant now = clock.instant();
        Optional<Account> found = username == null ? Optional.empty() : find(username);
        if (found.isEmpty()) {
            passwords.verify(password, NoAccount.HASH);
            auditTrail.record(ANONYMOUS, "sign-in.failed", null, "no such account");
            return SignInResult.refused();
        }
        Account account = found.get();
        if (!passwords.verify(password, account.getPasswordHash())) {
            auditTrail.record(username, "sign-in.failed", username, "wrong password");
            return SignInResult.refused();
        }
        if (account.isDisabled()) {
            auditTrail.record(username, "sign-in.failed", username, "account disabled");
            return SignInResult.refused();
        }
        account.recordSignIn(now);
        auditTrail.record(username, "sign-in", username, null);
        return SignInResult.signedIn(account.asCaller());
    }

    /**
     * A person the OpenID provider {@code issuer} vouched for as {@code subject}, whose groups
     * claim gave {@code roles}: their account (found by the stored issuer and subject, never by
     * a name or an e-mail address the provider merely asserts) takes these roles, the provider
     * being their authority; the first sign-in creates it, under the user name the provider
     * suggests when free, else that name with a number. Refused (empty) when the claim gives no
     * Concord role or the account is disabled; every outcome is audited.
     */
    public Optional<Caller> signInThroughProvider(String issuer, String subject, String suggestedName,
                                                  String displayName, Set<Role> roles) {
        Optional<Account> linked = entityManager.createNamedQuery("Account.findByProvider", Account.class)
                .setParameter("issuer", issuer).setParameter("subject", subject)
                .getResultStream().findFirst();
        if (roles.isEmpty()) {
            auditTrail.record(linked.map(Account::getUsername).orElse(ANONYMOUS), "sign-in.sso-refused",
                    linked.map(Account::getUsername).orElse(null), "no Concord role from the provider");
            return Optional.empty();
        }
        Account account = linked.orElseGet(() -> {
            String username = freeUsername(suggestedName == null || suggestedName.isBlank() ? subject : suggestedName);
            String name = displayName == null || displayName.isBlank() ? username
                    : displayName.strip().substring(0, Math.min(200, displayName.strip().length()));
            Account made = new Account(username, name, passwords.hash(Passwords.randomPassword(GENERATED_PASSWORD_LENGTH)),
                    roles, clock.instant());
            made.linkToProvider(issuer, subject);
            entityManager.persist(made);
            auditTrail.record(username, "account.sso-created", username, "roles " + EnumSet.copyOf(roles) + " from " + issuer);
            return made;
        });
        if (account.isDisabled()) {
            auditTrail.record(account.getUsername(), "sign-in.failed", account.getUsername(), "account disabled");
            return Optional.empty();
        }
        if (!account.getRoles().equals(roles)) {
            auditTrail.record(account.getUsername(), "account.roles-changed", account.getUsername(),
                    "roles " + EnumSet.copyOf(roles) + " from the provider");
            account.changeRoles(roles);
        }
        account.recordSignIn(clock.instant());
        auditTrail.record(account.getUsername(), "sign-in", account.getUsername(), "single sign-on");
        return Optional.of(account.asCaller());
    }

    /** {@code wanted} made a valid user name, with a number added while it is taken. */
    private String freeUsername(String wanted) {
        String base = wanted.replaceAll("[^A-Za-z0-9._@-]", "-");
        base = base.isEmpty() ? "sso" : base.substring(0, Math.min(90, base.length()));
        String candidate = base;
        for (int n = 2; find(candidate).isPresent(); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    /** A sign-in refused without checking the password, because its user name or address must wait. */
    public void recordThrottled(String username, Duration wait) {
        boolean known = username != null && find(username).isPresent();
        auditTrail.record(known ? username : ANONYMOUS, "sign-in.throttled", known ? username : null,
                "must wait " + wait.toSeconds() + " s");
    }

    public void recordSignOut(String username) {
        auditTrail.record(username, "sign-out", username, null);
    }

    /**
     * {@code username} replaces their password, after giving the current one; returns the
     * account's new session epoch, which ends every other sign-in of the account.
     */
    public int changePassword(String username, char[] current, char[] chosen, char[] repeated) {
        Account account = existing(username);
        if (current == null || !passwords.verify(current, account.getPasswordHash())) {
            throw new Refusal("password.problem.current");
        }
        List<String> problems = PasswordRules.problems(current, chosen, repeated,
                List.of(account.getUsername(), account.getDisplayName()));
        if (!problems.isEmpty()) {
            throw Refusal.all(problems);
        }
        account.changePassword(passwords.hash(chosen));
        auditTrail.record(username, "password.changed", username, "other sign-ins ended");
        return account.getSessionEpoch();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AccountSummary> list() {
        return entityManager.createNamedQuery("Account.findAll", Account.class).getResultStream()
                .map(AccountSummary::of)
                .toList();
    }

    /**
     * The enabled accounts that hold {@code role}, by user name: for example the managers HR may
     * name as a team's manager.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AccountSummary> holders(Role role) {
        return entityManager.createNamedQuery("Account.findEnabledWithRole", Account.class)
                .setParameter("role", role)
                .getResultStream()
                .map(AccountSummary::of)
                .toList();
    }

    /** Whether {@code username} is an enabled account holding {@code role}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean holds(String username, Role role) {
        return find(username).filter(account -> !account.isDisabled() && account.getRoles().contains(role)).isPresent();
    }

    /** Creates an account and returns its one-time password, to be given to its owner once. */
    public char[] create(String actor, String username, String displayName, Set<Role> roles) {
        if (username == null || !username.matches("[A-Za-z0-9._@-]{1,100}")) {
            throw new Refusal("accounts.problem.username").on("new-username");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            throw new Refusal("accounts.problem.displayName").on("new-display-name");
        }
        if (roles == null || roles.isEmpty()) {
            throw new Refusal("accounts.problem.noRole").on("new-roles");
        }
        if (find(username).isPresent()) {
            throw new Refusal("accounts.problem.taken").on("new-username");
        }
        char[] password = Passwords.randomPassword(ONE_TIME_PASSWORD_LENGTH);
        Account account = new Account(username, displayName, passwords.hash(password), roles, clock.instant());
        account.requirePasswordChange();
        entityManager.persist(account);
        auditTrail.record(actor, "account.created", username, "roles " + EnumSet.copyOf(roles));
        return password;
    }

    public void changeRoles(String actor, String username, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new Refusal("accounts.problem.noRole");
        }
        Account account = existing(username);
        if (!roles.contains(Role.ADMIN)) {
            keepAnAdministrator(actor, account);
        }
        Set<Role> before = account.getRoles();
        account.changeRoles(roles);
        auditTrail.record(actor, "account.roles-changed", username, before + " -> " + account.getRoles());
    }

    /** Gives {@code username} a new one-time password (returned once), to be changed at sign-in; ends their sign-ins. */
    public char[] resetPassword(String actor, String username) {
        Account account = existing(username);
        char[] password = Passwords.randomPassword(ONE_TIME_PASSWORD_LENGTH);
        account.resetPassword(passwords.hash(password));
        auditTrail.record(actor, "account.password-reset", username, "sign-ins ended");
        return password;
    }

    public void disable(String actor, String username) {
        Account account = existing(username);
        keepAnAdministrator(actor, account);
        account.disable();
        auditTrail.record(actor, "account.disabled", username, null);
    }

    public void enable(String actor, String username) {
        existing(username).enable();
        auditTrail.record(actor, "account.enabled", username, null);
    }

    /** Removes the account; the audit trail keeps what it did. */
    public void delete(String actor, String username) {
        Account account = existing(username);
        keepAnAdministrator(actor, account);
        entityManager.remove(account);
        auditTrail.record(actor, "account.deleted", username, "roles " + account.getRoles());
    }

    /** Refuses a change that takes {@code account} out of the administrators when it is the actor's own or the last one. */
    private void keepAnAdministrator(String actor, Account account) {
        if (account.getUsername().equals(actor)) {
            throw new Refusal("accounts.problem.self");
        }
        if (account.getRoles().contains(Role.ADMIN) && !account.isDisabled()
                && entityManager.createNamedQuery("Account.countEnabledWithRole", Long.class)
                        .setParameter("role", Role.ADMIN).getSingleResult() <= 1) {
            throw new Refusal("accounts.problem.lastAdministrator");
        }
    }

    private Account existing(String username) {
        return find(username).orElseThrow(() -> new Refusal("accounts.problem.unknown"));
    }

    /** A hash to check passwords against when the user name is unknown, so that answer takes as long. */
    private static final class NoAccount {
        static final String HASH = "PBKDF2WithHmacSHA256:210000:IEQc70c/GPIzcSUUGuqKvIH+WyOYoe7khQXj9OzXBNg=:"
                + "gin/+6CTngWVBgJMOAooP78CpkSxi2v7XQF9sXXoVtY=";
    }
}
