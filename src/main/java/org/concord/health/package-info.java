/**
 * What MicroProfile Health reports about Concord at {@code /health/live} and
 * {@code /health/ready} (and both at {@code /health}), served by Payara Micro: Concord is
 * alive, and ready when its database answers (with the database product and schema version).
 */
package org.concord.health;
