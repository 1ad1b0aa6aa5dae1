package org.gongkai.report.api;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.report.Table4;

/** An administrative review or lawsuit about a disclosure decision. */
@Schema(name = "ReviewCase")
public record ReviewCaseView(UUID id, String departmentCode, @Schema(nullable = true) UUID applicationId, Table4.Kind kind, LocalDate filedOn,
        Table4.Result result, @Schema(nullable = true) LocalDate decidedOn, @Schema(nullable = true) String note) {
}
