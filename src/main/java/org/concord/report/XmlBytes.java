package org.concord.report;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The byte-level output of the streaming writer: ASCII markup, numbers and escaped UTF-8 text
 * written straight into one large buffer, with no per-cell String or formatter. Text is made
 * safe for XML 1.0: markup characters become entities, a carriage return becomes {@code &#13;}
 * (parsers would turn it into a line feed), and what XML 1.0 cannot hold (control characters,
 * unpaired surrogates, U+FFFE, U+FFFF) becomes Excel's own escape {@code _xHHHH_}, which
 * Excel and POI read back as the original character; a literal {@code _xHHHH_} in the text
 * has its underscore escaped ({@code _x005F_}) so that it, too, reads back unchanged.
 */
final class XmlBytes {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final OutputStream out;
    private final byte[] buffer;
    private final byte[] digits = new byte[20];
    private int position;

    XmlBytes(OutputStream out, int bufferSize) {
        this.out = out;
        this.buffer = new byte[bufferSize];
    }

    /** Markup known to be ASCII and free of anything to escape. */
    void ascii(byte[] bytes) throws IOException {
        if (position + bytes.length > buffer.length) {
            flush();
            if (bytes.length > buffer.length) {
                out.write(bytes);
                return;
            }
        }
        System.arraycopy(bytes, 0, buffer, position, bytes.length);
        position += bytes.length;
    }

    void ascii(String markup) throws IOException {
        int length = markup.length();
        if (position + length > buffer.length) {
            flush();
            if (length > buffer.length) {
                out.write(markup.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                return;
            }
        }
        for (int i = 0; i < length; i++) {
            buffer[position++] = (byte) markup.charAt(i);
        }
    }

    void integer(long value) throws IOException {
        if (position + 20 > buffer.length) {
            flush();
        }
        if (value == Long.MIN_VALUE) {
            ascii(Long.toString(value));
            return;
        }
        if (value < 0) {
            buffer[position++] = '-';
            value = -value;
        }
        int count = 0;
        do {
            digits[count++] = (byte) ('0' + (value % 10));
            value /= 10;
        } while (value != 0);
        while (count > 0) {
            buffer[position++] = digits[--count];
        }
    }

    /** A finite double in the shortest form that reads back exactly; whole numbers without ".0". */
    void decimal(double value) throws IOException {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            if (value == 0 && 1 / value < 0) {
                integer(0);
            } else {
                integer((long) value);
            }
        } else {
            ascii(Double.toString(value));
        }
    }

    /** Character data, escaped for XML 1.0 and encoded as UTF-8. */
    void text(String text) throws IOException {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            if (position + 8 > buffer.length) {
                flush();
            }
            char c = text.charAt(i);
            if (c < 0x80) {
                if (c >= 0x20) {
                    switch (c) {
                        case '<' -> entity('l', 't');
                        case '>' -> entity('g', 't');
                        case '&' -> ampersand();
                        case '_' -> underscore(text, i);
                        default -> buffer[position++] = (byte) c;
                    }
                } else if (c == '\t' || c == '\n') {
                    buffer[position++] = (byte) c;
                } else if (c == '\r') {
                    ascii("&#13;");
                } else {
                    excelEscape(c);
                }
            } else if (c < 0x800) {
                buffer[position++] = (byte) (0xC0 | (c >> 6));
                buffer[position++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, text.charAt(++i));
                buffer[position++] = (byte) (0xF0 | (codePoint >> 18));
                buffer[position++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
                buffer[position++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
                buffer[position++] = (byte) (0x80 | (codePoint & 0x3F));
            } else if (Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                excelEscape(c);
            } else {
                buffer[position++] = (byte) (0xE0 | (c >> 12));
                buffer[position++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buffer[position++] = (byte) (0x80 | (c & 0x3F));
            }
        }
    }

    private void entity(char first, char second) {
        buffer[position++] = '&';
        buffer[position++] = (byte) first;
        buffer[position++] = (byte) second;
        buffer[position++] = ';';
    }

    private void ampersand() throws IOException {
        ascii("&amp;");
    }

    /** An underscore that would start something read as {@code _xHHHH_} is itself escaped. */
    private void underscore(String text, int at) throws IOException {
        if (looksLikeEscape(text, at)) {
            excelEscape('_');
        } else {
            buffer[position++] = '_';
        }
    }

    static boolean looksLikeEscape(String text, int at) {
        if (at + 6 >= text.length() || (text.charAt(at + 1) != 'x' && text.charAt(at + 1) != 'X')
                || text.charAt(at + 6) != '_') {
            return false;
        }
        for (int i = at + 2; i < at + 6; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private void excelEscape(char c) {
        buffer[position++] = '_';
        buffer[position++] = 'x';
        buffer[position++] = HEX[(c >> 12) & 0xF];
        buffer[position++] = HEX[(c >> 8) & 0xF];
        buffer[position++] = HEX[(c >> 4) & 0xF];
        buffer[position++] = HEX[c & 0xF];
        buffer[position++] = '_';
    }

    void flush() throws IOException {
        if (position > 0) {
            out.write(buffer, 0, position);
            position = 0;
        }
    }
}
