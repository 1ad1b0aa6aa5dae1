package org.gongkai.catalogue.guide;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who exercises the power and on what legal basis (权力来源, 行使层级, 设定依据, 委托部门). */
public record Authority(
        ExerciseLevel level,
        @Size(max = 200) @Schema(examples = "法定本级行使") String powerSource,
        @Size(max = 30) List<@Valid LegalBasis> legalBasis,
        @Size(max = 200) String entrustedBody) {
}
