/**
 * The disclosure gate: the one place that decides what may be published about a campaign wave
 * (team results, organisation figures, which raw rows may leave and under which team name), so
 * that no respondent's answers or identity can be recovered from what Concord shows. Pure Java
 * over the scoring engine: no Faces, no JPA, no POI. Pages, workbooks, exports and the API read
 * campaign results only through {@link org.concord.disclosure.DisclosureGate}.
 */
package org.concord.disclosure;
