package org.gongkai.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 自然人 NATURAL_PERSON, 法人或其他组织 ORGANISATION. */
@Schema(name = "ApplicantType")
public enum ApplicantType { NATURAL_PERSON, ORGANISATION }
