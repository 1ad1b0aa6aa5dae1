package org.gongkai.disclosure;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 公开方式: only PROACTIVE (主动公开) records are ever shown to the public. */
@Schema(description = "PROACTIVE 主动公开; ON_REQUEST 依申请公开; NOT_DISCLOSED 不予公开.")
public enum DisclosureMode { PROACTIVE, ON_REQUEST, NOT_DISCLOSED }
