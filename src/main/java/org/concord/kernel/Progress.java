package org.concord.kernel;

/** How far a respondent has come: invited (nothing yet), started (answers saved), submitted (scored, final). */
public enum Progress {
    INVITED, STARTED, SUBMITTED
}
