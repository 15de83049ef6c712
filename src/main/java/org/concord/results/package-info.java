/**
 * Campaign results as readers see them: the wave's stored answers and scores handed to the
 * disclosure gate, and the team page, organisation view and team change built from what it
 * published, in the reader's language.
 */
package org.concord.results;
