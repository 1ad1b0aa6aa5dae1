package org.gongkai.report.api;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The parts of the report staff write, as HTML (cleaned to an allow-list when saved); empty parts stay empty. */
@Schema(name = "ReportTextUpdate")
public record ReportTextUpdate(
        @Size(max = 50_000) @Schema(description = "一、总体情况: the year's work in the department's words; the figures are added from the records.") String overview,
        @Size(max = 50_000) @Schema(description = "五、存在的主要问题及改进情况.") String problems,
        @Size(max = 50_000) @Schema(description = "六、其他需要报告的事项.") String other) {
}
