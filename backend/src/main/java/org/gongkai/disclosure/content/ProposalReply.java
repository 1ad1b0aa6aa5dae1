package org.gongkai.disclosure.content;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reply to an NPC deputy's suggestion (人大代表建议) or a CPPCC proposal (政协提案), published in full. */
public record ProposalReply(
        @NotBlank @Size(max = 40) @Schema(description = "The suggestion's or proposal's number.", examples = "第045号") String number,
        @NotBlank @Size(max = 100) @Schema(description = "The deputy or member (or group) who made it.", examples = "王某某等3名代表") String proposer,
        @Schema(description = "Date of the reply.", examples = "2017-07-20") LocalDate repliedOn) {
}
