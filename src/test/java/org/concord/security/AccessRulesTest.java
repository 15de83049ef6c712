package org.concord.security;

import static org.concord.security.AccessRules.Decision.ALLOW;
import static org.concord.security.AccessRules.Decision.CHANGE_PASSWORD;
import static org.concord.security.AccessRules.Decision.FORBIDDEN;
import static org.concord.security.AccessRules.Decision.SIGN_IN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AccessRulesTest {

    private static Optional<Caller> as(Role... roles) {
        return Optional.of(new Caller("someone", "Someone", EnumSet.copyOf(Set.of(roles)), false));
    }

    private static final Optional<Caller> NOBODY = Optional.empty();

    @ParameterizedTest
    @ValueSource(strings = {"/", "/index.xhtml", "/signin.xhtml", "/error.xhtml", "/jakarta.faces.resource/core.js.xhtml",
        "/jakarta.faces.resource/concord.css.xhtml", "/favicon.ico", "/respond/abc123", "/respond/abc/page.xhtml",
        "/health", "/health/ready", "/health/live"})
    void publicAddressesAreOpenToVisitors(String path) {
        assertEquals(ALLOW, AccessRules.decide(path, NOBODY));
        assertEquals(ALLOW, AccessRules.decide(path, as(Role.RECRUITER)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/questionnaires.xhtml", "/preview.xhtml", "/account/password.xhtml"})
    void everySignedInRoleMayOpenTheSharedPages(String path) {
        assertEquals(SIGN_IN, AccessRules.decide(path, NOBODY));
        for (Role role : Role.values()) {
            assertEquals(ALLOW, AccessRules.decide(path, as(role)), role.name());
        }
    }

    @ParameterizedTest
    @CsvSource({
        "/admin/accounts.xhtml, ADMIN",
        "/admin/audit.xhtml, ADMIN",
        "/admin/questionnaires.xhtml, ADMIN",
        "/admin, ADMIN",
        "/api/admin/anything, ADMIN",
        "/hr/campaigns.xhtml, HR",
        "/recruiter/candidates.xhtml, RECRUITER",
        "/recruiter/candidate.xhtml, RECRUITER HR",
        "/recruiter/interview.xhtml, RECRUITER HR",
        "/manager/teams.xhtml, MANAGER HR",
        "/reports/2026.xhtml, HR"})
    void roleAreasAreOpenToTheirRolesOnly(String path, String allowed) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : allowed.split(" ")) {
            roles.add(Role.valueOf(name));
        }
        assertEquals(SIGN_IN, AccessRules.decide(path, NOBODY));
        for (Role role : Role.values()) {
            assertEquals(roles.contains(role) ? ALLOW : FORBIDDEN, AccessRules.decide(path, as(role)), role + " on " + path);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/other.xhtml", "/administration.xhtml", "/adminx/page.xhtml", "/WEB-INF/templates/layout.xhtml",
        "/resources/concord/concord.css", "/api/other", "/api/healthz", "/Admin/accounts.xhtml", "/hrx", "",
        "/admin/../index.xhtml", "//admin", "/respond;x=1", "relative.xhtml"})
    void whatTheTableDoesNotListIsRefusedToEverybody(String path) {
        assertEquals(SIGN_IN, AccessRules.decide(path, NOBODY));
        assertEquals(FORBIDDEN, AccessRules.decide(path, as(Role.values())));
    }

    @Test
    void aPrefixRuleDoesNotOpenLookAlikeFolders() {
        assertTrue(AccessRules.ruleFor("/respond/x").open());
        assertFalse(AccessRules.ruleFor("/responder/x").open());
    }

    @Test
    void aPersonWhoMustChangeTheirPasswordIsSentToDoSoFromEveryPage() {
        Optional<Caller> admin = Optional.of(new Caller("admin", "Administrator", EnumSet.of(Role.ADMIN), true));

        assertEquals(CHANGE_PASSWORD, AccessRules.decide("/admin/accounts.xhtml", admin));
        assertEquals(CHANGE_PASSWORD, AccessRules.decide("/index.xhtml", admin));
        assertEquals(CHANGE_PASSWORD, AccessRules.decide("/", admin));
        assertEquals(ALLOW, AccessRules.decide("/account/password.xhtml", admin));
        assertEquals(ALLOW, AccessRules.decide("/signin.xhtml", admin));
        assertEquals(ALLOW, AccessRules.decide("/jakarta.faces.resource/theme.css.xhtml", admin));
        assertEquals(ALLOW, AccessRules.decide("/health/ready", admin));
    }

    @Test
    void theTableReadsTopToBottomAndEveryRuleIsReachable() {
        for (AccessRules.Rule rule : AccessRules.table()) {
            String example = rule.pattern().replace("/**", "/example");
            assertEquals(rule, AccessRules.ruleFor(example), rule.pattern());
        }
    }

    @Test
    void resourcesOpenToAllNeedNoLookUpOfWhoAsks() {
        Optional<Caller> mustChange = Optional.of(new Caller("admin", "Administrator", EnumSet.of(Role.ADMIN), true));
        for (String path : List.of("/jakarta.faces.resource/core.js.xhtml", "/health/ready", "/favicon.ico", "/respond/abc")) {
            assertTrue(AccessRules.isOpenToAll(path), path);
            assertEquals(ALLOW, AccessRules.decide(path, mustChange), path);
            assertEquals(ALLOW, AccessRules.decide(path, NOBODY), path);
        }
        for (String path : List.of("/", "/index.xhtml", "/signin.xhtml", "/questionnaires.xhtml", "/respond/abc/page.xhtml", "/x")) {
            assertFalse(AccessRules.isOpenToAll(path), path);
        }
    }

    @Test
    void linksAreOfferedOnlyWhereTheyLead() {
        assertTrue(AccessRules.allows("/admin/audit.xhtml", as(Role.ADMIN)));
        assertFalse(AccessRules.allows("/admin/audit.xhtml", as(Role.HR)));
        assertFalse(AccessRules.allows("/questionnaires.xhtml", NOBODY));
    }
}
