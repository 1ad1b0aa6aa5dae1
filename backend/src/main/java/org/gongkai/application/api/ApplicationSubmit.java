package org.gongkai.application.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.application.ApplicantType;
import org.gongkai.application.Delivery;
import org.gongkai.application.FormWanted;
import org.gongkai.application.IdType;
import org.gongkai.application.OrganisationKind;
import org.gongkai.common.Codes;

/** An application as Art. 29 of the Regulation describes it: who applies, how to reach them, what they seek and how. */
public record ApplicationSubmit(
        @NotNull ApplicantType applicantType,
        @Schema(description = "For an organisation: its kind (the columns of the annual report's table 三).") OrganisationKind organisationKind,
        @NotBlank @Size(max = 200) @Schema(description = "The person's or the organisation's name.", examples = "张三") String applicantName,
        @NotNull IdType idType,
        @NotBlank @Size(max = 40) @Pattern(regexp = "[0-9A-Za-z()-]+") @Schema(description = "ID number or unified social credit code; stored encrypted.", examples = "210000199001011234") String idNumber,
        @Size(max = 40) @Pattern(regexp = "[0-9+() -]*") @Schema(examples = "0429-1234567") String phone,
        @Size(max = 200) @Email @Schema(examples = "zhangsan@example.com") String email,
        @Size(max = 300) @Schema(examples = "辽宁省葫芦岛市龙港区某路1号") String postalAddress,
        @NotBlank @Pattern(regexp = Codes.PATTERN) @Schema(description = "The department asked (its code in the directory).", examples = "housing") String departmentCode,
        @Size(max = 300) @Schema(description = "The information's title, if known.") String title,
        @Size(max = 100) @Schema(description = "Its document number, if known.") String documentNumber,
        @NotBlank @Size(max = 5000) @Schema(description = "A description precise enough to find the information.", examples = "2025年本区老旧小区改造项目的资金使用情况") String description,
        @NotNull FormWanted formWanted,
        @NotNull Delivery delivery) {
}
