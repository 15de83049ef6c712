package org.concord.report;

/** A workbook made for one reader on request and sent to them at once, never archived: its file name and bytes. */
public record Download(String fileName, byte[] content) {
}
