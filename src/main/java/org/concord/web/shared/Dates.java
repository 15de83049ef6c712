package org.concord.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The one way every page writes a day or a moment: one format per language (English "Feb 25,
 * 2027" and "Feb 25, 2027, 22:22 UTC"; French "25 févr. 2027" and "25 févr. 2027, 22:22 UTC"),
 * moments in UTC as the server keeps them. Pages use it as the converter {@code concord.date}
 * on an output, or as {@code #{dates.date(value)}} where a text takes it as an argument; beans
 * call {@link #format(Object, Locale)}.
 */
@Named("dates")
@ApplicationScoped
public class Dates {

    /** Converts a day or a moment for display only; nothing is ever read back through it. */
    @FacesConverter("concord.date")
    public static class Display implements Converter<Object> {

        @Override
        public Object getAsObject(FacesContext context, UIComponent component, String value) {
            throw new UnsupportedOperationException("dates are shown, not read, through concord.date");
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, Object value) {
            return format(value, context.getViewRoot().getLocale());
        }
    }

    /** {@code value} (a day or a moment) in the current view's language; empty for null. */
    public String date(Object value) {
        return format(value, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** {@code value} written the one way of {@code locale}'s language; empty for null. */
    public static String format(Object value, Locale locale) {
        if (value == null) {
            return "";
        }
        Locale language = Locale.forLanguageTag(locale.getLanguage());
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language);
        if (value instanceof LocalDate date) {
            return day.format(date);
        }
        OffsetDateTime moment;
        if (value instanceof Instant instant) {
            moment = instant.atOffset(ZoneOffset.UTC);
        } else if (value instanceof OffsetDateTime offset) {
            moment = offset.withOffsetSameInstant(ZoneOffset.UTC);
        } else if (value instanceof ZonedDateTime zoned) {
            moment = zoned.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        } else if (value instanceof LocalDateTime local) {
            moment = local.atOffset(ZoneOffset.UTC);
        } else {
            throw new IllegalArgumentException("not a day or a moment: " + value);
        }
        return day.format(moment) + ", " + DateTimeFormatter.ofPattern("HH:mm").format(moment) + " UTC";
    }
}
