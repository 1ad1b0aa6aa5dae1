package org.gongkai.disclosure;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The "five disclosures" (五公开) category of a record. */
@Schema(description = "DECISION 决策公开; EXECUTION 执行公开; MANAGEMENT 管理公开; SERVICE 服务公开; RESULT 结果公开.")
public enum FivePublic { DECISION, EXECUTION, MANAGEMENT, SERVICE, RESULT }
