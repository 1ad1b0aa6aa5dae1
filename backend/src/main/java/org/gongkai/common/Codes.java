package org.gongkai.common;

/** The one shape of a short code (department, theme): lower-case letters, digits and dashes. */
public final class Codes {

    /** For annotations and for {@link QueryParams#code}; the migrations' CHECK constraints say the same. */
    public static final String PATTERN = "[a-z][a-z0-9-]{1,63}";

    /** Stands for the whole city where a department's code would (the city's annual report): no department may take it. */
    public static final String CITY = "city";
    public static final String MESSAGE = "must be a code of lower-case letters, digits and dashes (2 to 64)";

    private Codes() {
    }

    public static boolean isCode(String value) {
        return value != null && value.matches(PATTERN);
    }
}
