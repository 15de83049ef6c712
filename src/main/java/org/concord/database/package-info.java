/**
 * The data source (H2 by default, PostgreSQL when configured; every confirmed commit durable),
 * Flyway migrations run before anything else, the LIKE-escaping shared by every text search, and
 * the record of form submissions that makes every create action safe to repeat.
 */
package org.concord.database;
