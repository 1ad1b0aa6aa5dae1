package org.gongkai.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.gongkai.common.FieldError;
import org.gongkai.disclosure.content.BudgetReport;
import org.gongkai.disclosure.content.DisclosureContent;

/**
 * What a record needs before it goes to the confidentiality review and out to the public: the
 * catalogue metadata, and the sections its kind requires (the standard budget layout of seed part
 * 三 with all four parts; an interpretation names what it interprets). Pure logic, tested directly.
 */
public final class DisclosureRules {

    private DisclosureRules() {
    }

    public static List<FieldError> check(RecordKind kind, DisclosureContent c, Set<String> knownSubItems) {
        var errors = new ArrayList<FieldError>();
        if (c.writtenOn() == null) {
            required(errors, "writtenOn");
        }
        // an annual report is filed under no key domain: it reports on all of them
        if (c.subItemsOrEmpty().isEmpty() && kind != RecordKind.ANNUAL_REPORT) {
            required(errors, "subItems");
        }
        for (int i = 0; i < c.subItemsOrEmpty().size(); i++) {
            if (!knownSubItems.contains(c.subItemsOrEmpty().get(i))) {
                errors.add(new FieldError("subItems[" + i + "]", "unknown-sub-item", "Unknown key-domain sub-item '" + c.subItemsOrEmpty().get(i) + "'."));
            }
        }
        if (c.disclosureMode() == null) {
            required(errors, "disclosureMode");
        }
        if (c.category() == null) {
            required(errors, "category");
        }
        checkValidity(c, errors);
        boolean structured = kind.isBudget() || kind == RecordKind.GAZETTE_ISSUE;
        if (!structured && HtmlBody.isBlank(c.body())) {
            required(errors, "body");
        }
        if ((kind == RecordKind.REGULATION || kind == RecordKind.NORMATIVE_DOCUMENT) && blank(c.documentNumber())) {
            errors.add(new FieldError("documentNumber", "required", "A regulation or normative document carries its document number (文号)."));
        }
        checkInterpretation(kind, c, errors);
        checkBudget(kind, c.budget(), errors);
        if (kind == RecordKind.GAZETTE_ISSUE) {
            if (c.gazette() == null) {
                required(errors, "gazette");
            } else if (c.gazette().documentsOrEmpty().isEmpty()) {
                errors.add(new FieldError("gazette.documents", "required", "A gazette issue lists the documents it carries."));
            }
        } else if (c.gazette() != null) {
            notForKind(errors, "gazette", kind);
        }
        if (kind.isReply()) {
            if (c.reply() == null) {
                required(errors, "reply");
            } else if (c.reply().repliedOn() == null) {
                required(errors, "reply.repliedOn");
            }
        } else if (c.reply() != null) {
            notForKind(errors, "reply", kind);
        }
        if (c.supersedes() != null && c.supersedes().equals(c.interprets())) {
            errors.add(new FieldError("supersedes", "same-as-interprets", "A record cannot both interpret and replace the same record."));
        }
        return errors;
    }

    private static void checkValidity(DisclosureContent c, List<FieldError> errors) {
        if (c.validity() == null) {
            required(errors, "validity");
        } else if (c.validity() != Validity.VALID && c.validUntil() == null) {
            errors.add(new FieldError("validUntil", "required", "An expired or repealed record says since when."));
        }
        if (c.validFrom() != null && c.validUntil() != null && c.validUntil().isBefore(c.validFrom())) {
            errors.add(new FieldError("validUntil", "before-valid-from", "'validUntil' must not be before 'validFrom'."));
        }
    }

    private static void checkInterpretation(RecordKind kind, DisclosureContent c, List<FieldError> errors) {
        if (kind != RecordKind.INTERPRETATION) {
            if (c.interprets() != null) {
                notForKind(errors, "interprets", kind);
            }
            return;
        }
        if (c.interprets() == null) {
            errors.add(new FieldError("interprets", "required", "An interpretation names the document it interprets."));
        }
        if (c.interpretationForm() == null) {
            required(errors, "interpretationForm");
        } else if ((c.interpretationForm() == InterpretationForm.VIDEO || c.interpretationForm() == InterpretationForm.INTERVIEW)
                && blank(c.mediaUrl())) {
            errors.add(new FieldError("mediaUrl", "required", "A video or interview interpretation links to where it can be watched."));
        }
    }

    private static void checkBudget(RecordKind kind, BudgetReport budget, List<FieldError> errors) {
        if (!kind.isBudget()) {
            if (budget != null) {
                notForKind(errors, "budget", kind);
            }
            return;
        }
        if (budget == null) {
            errors.add(new FieldError("budget", "required", "A budget or final accounts has the four parts of the standard layout."));
            return;
        }
        // the standard layout: 部门概况, 部门预决算表, 情况说明, 名词解释 — publishing refuses one missing any of them
        if (blank(budget.overview())) {
            errors.add(new FieldError("budget.overview", "required", "部门概况 (the department's overview) is missing."));
        }
        if (budget.tablesOrEmpty().isEmpty()) {
            errors.add(new FieldError("budget.tables", "required", "部门预决算表 (the tables) are missing."));
        }
        for (int i = 0; i < budget.tablesOrEmpty().size(); i++) {
            if (budget.tablesOrEmpty().get(i).rows().isEmpty()) {
                errors.add(new FieldError("budget.tables[" + i + "].rows", "required", "A table has at least one row."));
            }
        }
        if (blank(budget.explanation())) {
            errors.add(new FieldError("budget.explanation", "required", "情况说明 (the explanation) is missing."));
        }
        if (blank(budget.glossary())) {
            errors.add(new FieldError("budget.glossary", "required", "名词解释 (the glossary) is missing."));
        }
    }

    private static void required(List<FieldError> errors, String field) {
        errors.add(new FieldError(field, "required", "'" + field + "' is required for publication."));
    }

    private static void notForKind(List<FieldError> errors, String field, RecordKind kind) {
        errors.add(new FieldError(field, "not-for-kind", "'" + field + "' does not belong to a record of kind " + kind + "."));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
