package org.gongkai.catalogue.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.catalogue.ItemStatus;
import org.gongkai.catalogue.guide.Audience;
import org.gongkai.catalogue.guide.ItemType;
import org.gongkai.catalogue.guide.OnlineDepth;
import org.gongkai.search.Fragment;

/** One row of the catalogue: enough to choose an item; the guide is in {@link ServiceDetail}. */
@Schema(name = "ServiceSummary")
public record ServiceSummary(
        @Schema(description = "Stable identifier of the item.") UUID id,
        @Schema(description = "实施编码 (implementation code).", examples = "11211400MB0000001X000105001000000001") String implementationCode,
        @Schema(examples = "机动车驾驶证核发（初次申领）") String name,
        DepartmentRef department,
        ItemType type,
        Audience audience,
        @Schema(nullable = true) OnlineDepth onlineDepth,
        @Schema(description = "到办事现场次数: visits the applicant must make in person.", nullable = true, examples = "1") Integer visits,
        @Schema(description = "Promised time limit in working days (0 = decided on the spot).", nullable = true, examples = "10") Integer promisedDays,
        @Schema(description = "Theme codes (see /api/v1/themes).") List<String> themes,
        ItemStatus status,
        @Schema(description = "Current published version number.", nullable = true, examples = "2") Integer version,
        @Schema(description = "When the current version was published.", nullable = true) OffsetDateTime publishedAt,
        @Schema(nullable = true) ScheduledChange scheduledChange,
        @Schema(description = "True for invented demo content.") boolean demo,
        @Schema(description = "Where the search matched (only when searching with q).", nullable = true) Fragment match) {
}
