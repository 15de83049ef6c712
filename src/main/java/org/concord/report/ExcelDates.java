package org.concord.report;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Turns dates into what an Excel cell holds: the number of days since 30 December 1899 (the
 * 1900 date system, which counts the non-existent 29 February 1900, hence the 30th), with the
 * time of day as the fraction. A date style then shows the number as a date. Valid from
 * 1 March 1900 on, which every date Concord stores is.
 */
final class ExcelDates {

    private static final long EPOCH_OFFSET = -LocalDate.of(1899, 12, 30).toEpochDay();

    private ExcelDates() {
    }

    static long serial(LocalDate date) {
        return date.toEpochDay() + EPOCH_OFFSET;
    }

    static double serial(LocalDateTime time) {
        return serial(time.toLocalDate()) + time.toLocalTime().toNanoOfDay() / 86_400e9;
    }
}
