/**
 * Concord's REST API under {@code /api/v1}, for the other HR tools of a company: JSON resources
 * over the same services the pages use (so the same checks, record rules, disclosure gate and
 * audit), personal bearer tokens ({@link org.concord.security.ApiTokenService}) checked and
 * throttled by {@link org.concord.api.TokenFilter}, every refusal answered as an RFC 9457
 * problem document in the caller's language ({@link org.concord.api.Problems}), lists paged,
 * and everything described for MicroProfile OpenAPI (served at {@code /openapi}). Like the web
 * layer it sits at the top: it uses services, never an EntityManager or JDBC, and begins no
 * transaction of its own.
 */
package org.concord.api;
