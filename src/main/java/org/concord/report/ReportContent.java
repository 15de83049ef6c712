package org.concord.report;

import java.io.OutputStream;
import java.util.function.LongConsumer;

/**
 * What a {@link ReportJob} generates: the kind, title and subject the archive lists, the
 * subject its file is named after (never a person), how many steps the writing takes, and the
 * writing itself, which reports each step done so that the page's progress bar can follow it.
 */
public interface ReportContent {

    ReportKind kind();

    /** The title the archive lists, in the requester's language. */
    String title();

    /** What the report is about, as the archive lists it ("campaign-51", a questionnaire key). */
    String subject();

    /** The subject in the file name: ids and questionnaire keys only. */
    String fileSubject();

    /** The user name of who asked for it. */
    String requestedBy();

    /** How many steps {@link #write} will report; called on the job's thread before it. */
    long total() throws Exception;

    /** Writes the workbook to {@code out}, calling {@code progress} with the steps done so far. */
    void write(OutputStream out, LongConsumer progress) throws Exception;
}
