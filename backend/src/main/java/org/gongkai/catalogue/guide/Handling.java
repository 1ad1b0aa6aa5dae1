package org.gongkai.catalogue.guide;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the item is handled: 受理条件, 时限, 办件类型, 办理形式, 到现场次数, 地点, 时间, 咨询, 投诉. */
public record Handling(
        @Size(max = 30) List<@NotBlank @Size(max = 1000) String> conditions,
        @Valid TimeLimit legalTimeLimit,
        @Valid TimeLimit promisedTimeLimit,
        HandlingKind kind,
        @Size(max = 3) List<Channel> channels,
        @Size(max = 1000) @Schema(examples = "考试") String specialProcedures,
        @Min(0) @Max(10) Integer visits,
        @Size(max = 500) @Schema(examples = "葫芦岛市政务服务中心二楼公安窗口") String location,
        @Size(max = 300) @Schema(examples = "工作日 8:30—11:30，13:30—17:00") String hours,
        @Size(max = 300) @Schema(examples = "0429-2125000") String consultation,
        @Size(max = 300) @Schema(examples = "0429-12345") String complaint) {
}
