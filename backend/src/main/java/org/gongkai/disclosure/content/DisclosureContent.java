package org.gongkai.disclosure.content;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.common.Codes;
import org.gongkai.disclosure.DisclosureMode;
import org.gongkai.disclosure.FivePublic;
import org.gongkai.disclosure.InterpretationForm;
import org.gongkai.disclosure.Validity;

/**
 * What staff write for a disclosure record: the catalogue metadata every Chinese disclosure catalogue
 * shows, the body, and the sections of the record's kind (a budget's four parts, a gazette issue's
 * documents, a reply to a deputy's suggestion). Drafts may be incomplete; {@code DisclosureRules}
 * says what publication needs.
 */
public record DisclosureContent(
        @NotBlank @Size(max = 300) @Schema(description = "标题", examples = "葫芦岛市人民政府办公室关于进一步加强政务公开工作的通知") String title,
        @Size(max = 100) @Schema(description = "文号", examples = "葫政办发〔2017〕103号") String documentNumber,
        @Schema(description = "成文日期", examples = "2017-06-12") LocalDate writtenOn,
        @Size(max = 60) @Schema(description = "主题分类", examples = "综合政务") String topic,
        @Size(max = 10) @Schema(description = "主题词") List<@NotBlank @Size(max = 30) String> keywords,
        @Size(max = 10) @Schema(description = "Key-domain sub-items the record is filed under (信息分类).") List<@NotNull @Pattern(regexp = Codes.PATTERN) String> subItems,
        @Schema(description = "公开方式") DisclosureMode disclosureMode,
        @Schema(description = "五公开 category") FivePublic category,
        @Schema(description = "有效性") Validity validity,
        @Schema(description = "In force from.") LocalDate validFrom,
        @Schema(description = "Expired or repealed on (needed once the record is not VALID).") LocalDate validUntil,
        @Size(max = 200_000) @Schema(description = "正文 as HTML; cleaned to an allow-list (no scripts, event handlers or javascript: links) when saved.") String body,
        @Schema(description = "For an interpretation: the policy or normative document it interprets.") UUID interprets,
        InterpretationForm interpretationForm,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+") @Schema(description = "For a video or an interview: where it is.", examples = "https://www.hld.gov.cn/video/2017-103.mp4") String mediaUrl,
        @Size(max = 20) @Schema(description = "Related records (相关信息).") List<@NotNull UUID> related,
        @Schema(description = "The record this one replaces; it is marked superseded when this one is published.") UUID supersedes,
        @Valid BudgetReport budget,
        @Valid GazetteIssue gazette,
        @Valid ProposalReply reply,
        @Size(max = 20) @Schema(description = "Files uploaded to this record (PDF, images, office documents), in order. Added by upload; a draft saved without one removes it.") List<@NotNull @Valid AttachmentRef> attachments) {

    public List<String> keywordsOrEmpty() {
        return keywords == null ? List.of() : keywords;
    }

    public List<String> subItemsOrEmpty() {
        return subItems == null ? List.of() : subItems;
    }

    public List<UUID> relatedOrEmpty() {
        return related == null ? List.of() : related;
    }

    public List<AttachmentRef> attachmentsOrEmpty() {
        return attachments == null ? List.of() : attachments;
    }

    public DisclosureContent withBody(String cleaned) {
        return new DisclosureContent(title, documentNumber, writtenOn, topic, keywords, subItems, disclosureMode, category, validity,
                validFrom, validUntil, cleaned, interprets, interpretationForm, mediaUrl, related, supersedes, budget, gazette, reply, attachments);
    }

    public DisclosureContent withValidity(Validity next, LocalDate until) {
        return new DisclosureContent(title, documentNumber, writtenOn, topic, keywords, subItems, disclosureMode, category, next,
                validFrom, until, body, interprets, interpretationForm, mediaUrl, related, supersedes, budget, gazette, reply, attachments);
    }

    public DisclosureContent withAttachments(List<AttachmentRef> files) {
        return new DisclosureContent(title, documentNumber, writtenOn, topic, keywords, subItems, disclosureMode, category, validity,
                validFrom, validUntil, body, interprets, interpretationForm, mediaUrl, related, supersedes, budget, gazette, reply, List.copyOf(files));
    }
}
