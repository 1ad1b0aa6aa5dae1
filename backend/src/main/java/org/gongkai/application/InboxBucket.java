package org.gongkai.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Inbox views across states: open cases due soon, overdue, or extended. */
@Schema(name = "InboxBucket", description = "DUE_SOON: open, due within 5 working days; OVERDUE: open, past the deadline; EXTENDED: open and extended.")
public enum InboxBucket {
    DUE_SOON, OVERDUE, EXTENDED;

    public static final int DUE_SOON_WORKING_DAYS = 5;
}
