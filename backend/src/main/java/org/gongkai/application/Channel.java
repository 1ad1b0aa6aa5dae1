package org.gongkai.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the application arrived (online, or registered by staff from a letter, in person, by fax). */
@Schema(name = "ApplicationChannel")
public enum Channel { ONLINE, LETTER, IN_PERSON, FAX }
