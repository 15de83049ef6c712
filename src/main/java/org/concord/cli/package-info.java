/**
 * The command-line tool (concord-cli.jar): validate questionnaire files, score a CSV of answers
 * into JSON (with an optional wave column for change), and benchmark the scoring engine. It holds
 * only the pure packages, no server.
 */
package org.concord.cli;
