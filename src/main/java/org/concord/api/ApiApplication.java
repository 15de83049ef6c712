package org.concord.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The REST API's root, {@code /api/v1}, and its description for MicroProfile OpenAPI: every call
 * carries a personal token as {@code Authorization: Bearer concord_...}, made on the account page.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Concord API", version = "1",
                description = "Teams, campaigns, results, candidates, reports and the audit trail of Concord. "
                        + "Every call acts with its token owner's roles and record rules, exactly as the pages do; "
                        + "errors are RFC 9457 problem documents (application/problem+json) in the caller's "
                        + "Accept-Language (English or French); lists are paged with page (from 0), size (1 to 100) "
                        + "and sort (a field, or -field for descending)."),
        servers = @Server(url = "/"),
        security = @SecurityRequirement(name = "token"),
        tags = {
            @Tag(name = "questionnaires", description = "The questionnaire library"),
            @Tag(name = "teams", description = "Teams and their members (HR)"),
            @Tag(name = "campaigns", description = "Team campaigns: links, e-mails, completion, closing (HR)"),
            @Tag(name = "results", description = "A closed wave's results, through the disclosure gate"),
            @Tag(name = "candidates", description = "Candidates, their self-report, profile and panel"),
            @Tag(name = "reports", description = "Report jobs: raw export and team report (HR)"),
            @Tag(name = "audit", description = "The audit trail (administrators)")})
@SecurityScheme(securitySchemeName = "token", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A personal API token made on /account/tokens.xhtml, sent as Authorization: Bearer <token>")
public class ApiApplication extends Application {
}
