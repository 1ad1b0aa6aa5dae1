package org.gongkai.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The form of the information wanted (Art. 29). */
@Schema(name = "ApplicationFormWanted")
public enum FormWanted { PAPER, ELECTRONIC }
