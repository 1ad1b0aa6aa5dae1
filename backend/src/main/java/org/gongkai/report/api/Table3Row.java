package org.gongkai.report.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A row of table 三: its key, its label as on the form, its level, and its counts per column (none for the heading 三). */
public record Table3Row(@Schema(examples = "NOT_DISCLOSED.STATE_SECRET") String key, @Schema(examples = "1.属于国家秘密") String label,
        @Schema(description = "0: 一…四; 1: （一）…（七）; 2: their sub-rows.") int level,
        @Schema(nullable = true, description = "自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计.") List<Long> counts) {
}
