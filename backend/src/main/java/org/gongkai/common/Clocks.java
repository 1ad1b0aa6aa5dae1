package org.gongkai.common;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** One clock for the whole application, in the city's zone, so tests can pin time. */
public class Clocks {

    /** Dates of the catalogue (effective dates, "today") are the city's dates. */
    public static final ZoneId CITY_ZONE = ZoneId.of("Asia/Shanghai");

    @Produces
    @Singleton
    Clock clock() {
        return Clock.system(CITY_ZONE);
    }
}
