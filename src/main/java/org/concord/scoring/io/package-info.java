/**
 * Reading and writing the command-line tool's files: the answers CSV (with an optional wave
 * column), its errors naming row and column, and the JSON of scores, team aggregates, ICC and
 * change.
 */
package org.concord.scoring.io;
