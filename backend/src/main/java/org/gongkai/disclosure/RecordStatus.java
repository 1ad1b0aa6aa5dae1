package org.gongkai.disclosure;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a record has a public version: never yet, now, or no longer (withdrawn). */
@Schema(name = "DisclosureStatus")
public enum RecordStatus { UNPUBLISHED, PUBLISHED, WITHDRAWN }
