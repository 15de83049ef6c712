/**
 * Settings read through MicroProfile Config (with their defaults and floors), the clock every
 * service is given, and the start-up announcement.
 */
package org.concord.config;
