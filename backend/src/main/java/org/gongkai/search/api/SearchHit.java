package org.gongkai.search.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.catalogue.api.DepartmentRef;
import org.gongkai.search.Fragment;
import org.gongkai.search.SearchKind;

@Schema(name = "SearchHit", description = "A service item or a published disclosure record that matched.")
public record SearchHit(
        UUID id,
        SearchKind kind,
        @Schema(examples = "关于进一步优化营商环境的若干措施") String title,
        @Schema(description = "Matched spans of the title.") List<Fragment.Highlight> titleHighlights,
        @Schema(description = "索引号 of a record, implementation code of a service item.") String reference,
        @Schema(description = "文号 of a record.") String documentNumber,
        DepartmentRef department,
        LocalDate publishedOn,
        @Schema(ref = "RecordValidity") String validity,
        @Schema(description = "False for expired or repealed records and suspended service items.") boolean inForce,
        @Schema(description = "Where the terms matched in the body, when they did.") Fragment fragment) {
}
