package org.gongkai.disclosure.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.catalogue.api.DepartmentRef;
import org.gongkai.disclosure.FivePublic;
import org.gongkai.disclosure.InterpretationForm;
import org.gongkai.disclosure.RecordKind;
import org.gongkai.disclosure.Validity;
import org.gongkai.disclosure.content.AttachmentRef;
import org.gongkai.disclosure.content.BudgetReport;
import org.gongkai.disclosure.content.GazetteIssue;
import org.gongkai.disclosure.content.ProposalReply;

/** A published record's page: the metadata table, the body, its kind's sections and its links both ways. */
public record DisclosureDetail(
        UUID id,
        @Schema(description = "索引号") String indexNumber,
        RecordKind kind,
        String title,
        @Schema(nullable = true) String documentNumber,
        DepartmentRef department,
        @Schema(nullable = true) LocalDate writtenOn,
        LocalDate publishedOn,
        @Schema(nullable = true) String topic,
        List<String> keywords,
        List<String> subItems,
        List<String> domains,
        @Schema(nullable = true) FivePublic category,
        Validity validity,
        @Schema(nullable = true) LocalDate validFrom,
        @Schema(nullable = true) LocalDate validUntil,
        @Schema(description = "正文, cleaned HTML.", nullable = true) String body,
        @Schema(nullable = true) InterpretationForm interpretationForm,
        @Schema(nullable = true) String mediaUrl,
        @Schema(description = "For an interpretation: the document it interprets.", nullable = true) DisclosureLink interprets,
        @Schema(description = "For a policy or normative document: its published interpretations.") List<DisclosureLink> interpretations,
        List<DisclosureLink> related,
        @Schema(description = "The files of this version; download each at attachments/{id}.") List<AttachmentRef> attachments,
        @Schema(nullable = true) DisclosureLink supersedes,
        @Schema(nullable = true) DisclosureLink supersededBy,
        @Schema(nullable = true) BudgetReport budget,
        @Schema(nullable = true) GazetteIssue gazette,
        @Schema(nullable = true) ProposalReply reply,
        int version,
        Instant publishedAt,
        String changeNote,
        @Schema(description = "Invented demonstration data.") boolean demo) {
}
