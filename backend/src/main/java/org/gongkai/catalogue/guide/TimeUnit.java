package org.gongkai.catalogue.guide;

/** Unit of a time limit; working days are the legal default. */
public enum TimeUnit {
    WORKING_DAYS, CALENDAR_DAYS, HOURS
}
