package org.concord.api;

/**
 * Texts the OpenAPI annotations share: the problem media type and the usual error answers'
 * descriptions, so every endpoint documents its errors the same way.
 */
final class Docs {

    static final String PROBLEM = "application/problem+json";
    static final String JSON = "application/json";
    static final String BAD = "Invalid input: a problem naming the field (nothing is stored)";
    static final String UNAUTHORIZED = "No token, or an unknown, expired or revoked one";
    static final String FORBIDDEN = "The token's owner may not do this (role or record rule)";
    static final String NOT_FOUND = "No such record";
    static final String CONFLICT = "Valid, but clashes with the record's state (a closed wave, results not released)";
    static final String THROTTLED = "Too many calls with this token; Retry-After says when to call again";

    private Docs() {
    }
}
