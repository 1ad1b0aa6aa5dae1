package org.gongkai.common;

/** A validated page request; {@link QueryParams#page} builds it from the raw query parameters. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public int offset() {
        return (page - 1) * size;
    }
}
