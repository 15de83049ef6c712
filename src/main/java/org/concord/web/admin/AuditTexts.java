package org.concord.web.admin;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.web.shared.Messages;

/**
 * Says an audit entry in the reader's language: the action's code ({@code sign-in.failed})
 * becomes its name ({@code audit.action.*}), and a detail the services write in fixed words,
 * for rows old and new alike, becomes its text ({@code audit.detail.*}) with its figures kept.
 * A detail that is data (a file name, a count of rows removed) is shown as it was written.
 */
final class AuditTexts {

    /** A fixed wording of a detail, with the parts that vary, and the key that says it. */
    private record Wording(Pattern pattern, String key) {
    }

    private static final List<Wording> WORDINGS = List.of(
            wording("no such account", "noAccount"),
            wording("wrong password", "wrongPassword"),
            wording("account disabled", "disabled"),
            wording("sign-ins ended", "signInsEnded"),
            wording("other sign-ins ended", "otherSignInsEnded"),
            wording("first administrator, generated password", "firstAdministrator"),
            wording("closed early, results released", "closedEarly"),
            wording("flagged questionnaires left out of the results", "flaggedLeftOut"),
            wording("flagged questionnaires kept in the results", "flaggedKept"),
            wording("candidate report, direct download", "candidateReport"),
            wording("team report, (\\d+) team\\(s\\), direct download", "teamReport"),
            wording("roles \\[(.*)\\]", "roles"),
            wording("\\[(.*)\\] -> \\[(.*)\\]", "rolesChanged"),
            wording("team-(\\d+), (\\d+) invitation\\(s\\) unlinked", "memberErased"),
            wording("json", "json"),
            wording("advance", "advance"), wording("hold", "hold"), wording("decline", "decline"));

    private static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("account.created", "accountCreated"), Map.entry("account.deleted", "accountDeleted"),
            Map.entry("account.disabled", "accountDisabled"), Map.entry("account.enabled", "accountEnabled"),
            Map.entry("account.password-reset", "passwordReset"), Map.entry("account.roles-changed", "rolesChanged"),
            Map.entry("campaign.closed", "campaignClosed"), Map.entry("campaign.flagged", "campaignFlagged"),
            Map.entry("campaign.archived", "campaignArchived"), Map.entry("campaign.restored", "campaignRestored"),
            Map.entry("candidate.erased", "candidateErased"), Map.entry("candidate.exported", "candidateExported"),
            Map.entry("candidate.retention-erased", "retentionErased"), Map.entry("candidate.viewed", "candidateViewed"),
            Map.entry("candidate.decided", "candidateDecided"), Map.entry("candidate.link-mailed", "candidateLinkMailed"),
            Map.entry("member.erased", "memberErased"), Map.entry("password.changed", "passwordChanged"),
            Map.entry("report.downloaded", "reportDownloaded"), Map.entry("report.generated", "reportGenerated"),
            Map.entry("sign-in", "signIn"), Map.entry("sign-in.failed", "signInFailed"),
            Map.entry("sign-in.throttled", "signInThrottled"), Map.entry("sign-out", "signOut"), Map.entry("system", "system"));

    private AuditTexts() {
    }

    private static Wording wording(String regex, String key) {
        return new Wording(Pattern.compile(regex), "audit.detail." + key);
    }

    /** The message key naming {@code action}, or null for an action this version does not know. */
    static String actionKey(String action) {
        String name = ACTIONS.get(action);
        return name == null ? null : "audit.action." + name;
    }

    /** The action's name in the reader's language (an unknown code as it is). */
    static String action(String action) {
        String key = actionKey(action);
        return key == null ? action : Messages.text(key);
    }

    /** The detail in the reader's language when it is in fixed words, else as written. */
    static String detail(String detail) {
        return detail(detail, Messages::text);
    }

    /** {@link #detail(String)} with the texts from {@code texts} (a key and its arguments). */
    static String detail(String detail, TextSource texts) {
        if (detail == null) {
            return null;
        }
        for (Wording wording : WORDINGS) {
            Matcher matcher = wording.pattern().matcher(detail);
            if (matcher.matches()) {
                Object[] arguments = new Object[matcher.groupCount()];
                for (int i = 0; i < arguments.length; i++) {
                    arguments[i] = matcher.group(i + 1);
                }
                return texts.text(wording.key(), arguments);
            }
        }
        return detail;
    }

    /** Where texts come from: the page's messages, or a bundle in a test. */
    @FunctionalInterface
    interface TextSource {
        String text(String key, Object... arguments);
    }

    /** Every key this class may ask for, for checking that both languages have them. */
    static List<String> keys() {
        return java.util.stream.Stream.concat(ACTIONS.values().stream().map(n -> "audit.action." + n),
                WORDINGS.stream().map(Wording::key)).toList();
    }
}
