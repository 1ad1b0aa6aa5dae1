package org.gongkai.catalogue.guide;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** How the item is handled: 受理条件, 时限, 办件类型, 办理形式, 到现场次数, 地点, 时间, 咨询, 投诉. */
public record Handling(
        @Size(max = 30) List<@NotBlank @Size(max = 1000) String> conditions,
        @Valid TimeLimit legalTimeLimit,
        @Valid TimeLimit promisedTimeLimit,
        HandlingKind kind,
        @Size(max = 3) List<Channel> channels,
        @Size(max = 1000) String specialProcedures,
        @Min(0) @Max(10) Integer visits,
        @Size(max = 500) String location,
        @Size(max = 300) String hours,
        @Size(max = 300) String consultation,
        @Size(max = 300) String complaint) {
}
