package org.gongkai.disclosure.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.catalogue.api.DepartmentRef;
import org.gongkai.disclosure.FivePublic;
import org.gongkai.disclosure.RecordKind;
import org.gongkai.disclosure.Validity;

/** A published record as the public catalogue lists it. */
public record DisclosureSummary(
        UUID id,
        @Schema(description = "索引号", examples = "11211400MB0000001X/2017-00042") String indexNumber,
        RecordKind kind,
        String title,
        @Schema(description = "文号", nullable = true) String documentNumber,
        DepartmentRef department,
        @Schema(description = "成文日期", nullable = true) LocalDate writtenOn,
        @Schema(description = "发布日期") LocalDate publishedOn,
        @Schema(nullable = true) FivePublic category,
        Validity validity,
        List<String> subItems,
        List<String> domains) {
}
