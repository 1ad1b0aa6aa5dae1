package org.gongkai.disclosure;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 有效性 of a record. */
@Schema(name = "RecordValidity", description = "VALID 有效; EXPIRED 失效; REPEALED 废止.")
public enum Validity { VALID, EXPIRED, REPEALED }
