/**
 * The settings Concord checks before use ({@link org.concord.config.Limits}: defaults and
 * floors), the clock every service is given, and the start-up announcement. Every setting is
 * read through MicroProfile Config; the defaults are in {@code META-INF/microprofile-config.properties}.
 */
package org.concord.config;
