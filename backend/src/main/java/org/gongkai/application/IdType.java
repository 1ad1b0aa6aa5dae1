package org.gongkai.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The applicant's proof of identity. */
@Schema(name = "ApplicationIdType")
public enum IdType { RESIDENT_ID, PASSPORT, HK_MACAO_PERMIT, TAIWAN_PERMIT, UNIFIED_CREDIT_CODE, OTHER }
