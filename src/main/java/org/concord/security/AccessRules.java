package org.concord.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one place that says who may open which address of Concord: a table of paths (exact, or
 * a prefix ending in {@code /**}) with the roles allowed on each, read top to bottom, first
 * match wins. Whatever the table does not list is refused to everybody (deny by default), so a
 * new page is closed until a line here opens it. {@link AccessFilter} applies it to every
 * request; the page header asks it too, so that it never offers a link the filter would refuse.
 * Rules about single records (a recruiter's own candidates) live in {@link AccessPolicy}.
 */
public final class AccessRules {

    /** What the table says about one path pattern. */
    public record Rule(String pattern, boolean open, Set<Role> roles) {

        /** Whether {@code path} is this rule's path, or lies under it for a {@code /**} rule. */
        public boolean matches(String path) {
            if (!pattern.endsWith("/**")) {
                return pattern.equals(path);
            }
            String folder = pattern.substring(0, pattern.length() - 3);
            return path.equals(folder) || path.startsWith(folder + "/");
        }
    }

    /** What to do with a request. */
    public enum Decision {
        /** Serve it. */
        ALLOW,
        /** Nobody is signed in: send them to sign in, then back. */
        SIGN_IN,
        /** Signed in, but not allowed here: 403. */
        FORBIDDEN,
        /** Signed in with a password they must change first: send them to change it. */
        CHANGE_PASSWORD
    }

    /** The page where a person who must change their password is sent. */
    public static final String PASSWORD_PAGE = "/account/password.xhtml";
    public static final String SIGN_IN_PAGE = "/signin.xhtml";
    public static final String ERROR_PAGE = "/error.xhtml";

    private static final List<Rule> TABLE = List.of(
            open("/"),
            open("/index.xhtml"),
            open(SIGN_IN_PAGE),
            open(ERROR_PAGE),
            // single sign-on: where it begins and the provider sends people back, and why it refused
            open(SingleSignOn.PATH),
            open(SingleSignOn.REFUSED_PAGE),
            open("/favicon.ico"),
            open("/jakarta.faces.resource/**"),
            open("/respond/**"),
            // MicroProfile Health, which Payara Micro serves inside the application deployed at /
            open("/health/**"),
            // the REST API: every call is checked by its bearer token, never a session (org.concord.api.TokenFilter)
            open("/api/v1/**"),
            // the API's description, served by Payara Micro's MicroProfile OpenAPI
            open("/openapi"),
            open("/openapi/**"),
            signedIn("/questionnaires.xhtml"),
            signedIn("/preview.xhtml"),
            signedIn("/account/**"),
            roles("/admin/**", Role.ADMIN),
            roles("/api/admin/**", Role.ADMIN),
            roles("/hr/**", Role.HR),
            // HR sees every candidate (AccessPolicy), to erase or export their data on request
            roles("/recruiter/candidate.xhtml", Role.RECRUITER, Role.HR),
            // HR named on a candidate's interview panel rates them like a recruiter (CandidateAccess)
            roles("/recruiter/interview.xhtml", Role.RECRUITER, Role.HR),
            roles("/recruiter/**", Role.RECRUITER),
            roles("/manager/**", Role.MANAGER, Role.HR),
            roles("/reports/**", Role.HR));

    /** Where the path is not listed: nobody. */
    private static final Rule NOBODY = new Rule("(not listed)", false, Set.of());

    private AccessRules() {
    }

    /** The whole table, in the order it is read. */
    public static List<Rule> table() {
        return TABLE;
    }

    /** The rule for {@code path} (inside the application, starting with '/'). */
    public static Rule ruleFor(String path) {
        if (path == null || !path.startsWith("/") || path.contains("..") || path.contains("//")
                || path.indexOf('\\') >= 0 || path.indexOf(';') >= 0) {
            return NOBODY;
        }
        return TABLE.stream().filter(rule -> rule.matches(path)).findFirst().orElse(NOBODY);
    }

    /** What to do when {@code caller} (empty when nobody is signed in) asks for {@code path}. */
    public static Decision decide(String path, Optional<Caller> caller) {
        Rule rule = ruleFor(path);
        if (caller.isEmpty()) {
            return rule.open() ? Decision.ALLOW : Decision.SIGN_IN;
        }
        if (caller.get().mustChangePassword() && isPage(path) && !mayOpenBeforeChangingPassword(path)) {
            return Decision.CHANGE_PASSWORD;
        }
        if (rule.open() || caller.get().roles().stream().anyMatch(rule.roles()::contains)) {
            return Decision.ALLOW;
        }
        return Decision.FORBIDDEN;
    }

    /** Whether {@code caller} may open {@code path}: for links, which are shown only when they lead somewhere. */
    public static boolean allows(String path, Optional<Caller> caller) {
        return decide(path, caller) == Decision.ALLOW;
    }

    /**
     * Whether {@code path} is open to everybody, whoever asks and whether or not they must
     * change their password (a style sheet, a script, the health check): the filter then need
     * not look up who asks. Always agrees with {@link #decide}.
     */
    public static boolean isOpenToAll(String path) {
        return ruleFor(path).open() && !isPage(path);
    }

    private static boolean isPage(String path) {
        return path.equals("/") || path.endsWith(".xhtml") && !path.startsWith("/jakarta.faces.resource/");
    }

    private static boolean mayOpenBeforeChangingPassword(String path) {
        return path.equals(PASSWORD_PAGE) || path.equals(SIGN_IN_PAGE) || path.equals(ERROR_PAGE);
    }

    private static Rule open(String pattern) {
        return new Rule(pattern, true, Set.of());
    }

    private static Rule signedIn(String pattern) {
        return new Rule(pattern, false, Set.copyOf(EnumSet.allOf(Role.class)));
    }

    private static Rule roles(String pattern, Role first, Role... more) {
        return new Rule(pattern, false, Set.copyOf(EnumSet.of(first, more)));
    }
}
