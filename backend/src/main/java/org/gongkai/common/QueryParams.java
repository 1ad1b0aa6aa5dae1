package org.gongkai.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Parses raw query and path parameters. JAX-RS turns a parameter that does not convert into a bare
 * 404; parsing here instead gives a 400 problem that names the parameter and says what is allowed.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static PageRequest page(String page, String size) {
        int p = integer("page", page, 1, 1, 100_000);
        int s = integer("size", size, PageRequest.DEFAULT_SIZE, 1, PageRequest.MAX_SIZE);
        return new PageRequest(p, s);
    }

    public static int integer(String name, String raw, int fallback, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < min || value > max) {
                throw outOfRange(name, min, max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw outOfRange(name, min, max);
        }
    }

    private static DomainException outOfRange(String name, int min, int max) {
        return new DomainException.InvalidInput(name, "out-of-range",
                "'" + name + "' must be a whole number from " + min + " to " + max + ".");
    }

    /** An enum value by its exact API name, or null when absent. */
    public static <E extends Enum<E>> E enumeration(String name, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim());
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw new DomainException.InvalidInput(name, "not-allowed", "'" + name + "' must be one of: " + allowed + ".");
        }
    }

    public static UUID uuid(String name, String raw) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainException.InvalidInput(name, "malformed-id", "'" + name + "' must be a UUID.");
        }
    }

    /** A short code (department, theme): lower-case letters, digits and dashes. */
    public static String code(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String code = raw.trim().toLowerCase(Locale.ROOT);
        if (!Codes.isCode(code)) {
            throw new DomainException.InvalidInput(name, "malformed-code", "'" + name + "' " + Codes.MESSAGE + ".");
        }
        return code;
    }

    /**
     * An ISO date (2026-12-01) of the years 1900 to 9999, or null when absent. The range keeps date
     * arithmetic on it (the day after, its start in the city's zone) from overflowing into a 500.
     */
    public static LocalDate date(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(raw.strip());
            if (date.getYear() >= 1900 && date.getYear() <= 9999) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw new DomainException.InvalidInput(name, "malformed-date", "'" + name + "' must be a date from 1900 to 9999, such as 2026-12-01.");
    }

    public static String text(String name, String raw, int maxLength) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip();
        if (text.length() > maxLength) {
            throw new DomainException.InvalidInput(name, "too-long", "'" + name + "' must be at most " + maxLength + " characters.");
        }
        return text;
    }
}
