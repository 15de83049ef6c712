/**
 * The demo a fresh database is filled with when concord.demo is set: teams answering two closed
 * waves, candidates with a self-report and an interview panel, and demo accounts with one-time
 * passwords. Every demo row is marked as demo.
 */
package org.concord.demo;
