package org.gongkai.catalogue.guide;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.common.FieldError;

/**
 * The data-quality rules a guide must pass before it is published: completeness of every section the
 * public relies on (受理条件, 办结时限, 申请材料, 办理流程, 收费标准, 咨询监督, 办理结果) and the
 * consistency rules national catalogues use. Pure logic: no I/O, so it is unit-tested directly.
 */
public final class GuideRules {

    private GuideRules() {
    }

    /** All rule violations of the guide when published {@code on} that day; empty when it may be published. */
    public static List<FieldError> check(ServiceGuide guide, Set<String> knownThemes, WorkingDayCalendar calendar, LocalDate on) {
        var errors = new Errors();
        if (guide.themes() == null || guide.themes().isEmpty()) {
            errors.required("themes");
        } else {
            for (int i = 0; i < guide.themes().size(); i++) {
                if (!knownThemes.contains(guide.themes().get(i))) {
                    errors.add("themes[" + i + "]", "unknown-theme", "Unknown theme code '" + guide.themes().get(i) + "'.");
                }
            }
        }
        checkAuthority(guide.authority(), errors);
        checkHandling(guide, calendar, on, errors);
        checkMaterials(guide.materials(), errors);
        checkFees(guide.fees(), errors);
        checkSteps(guide, errors);
        checkResult(guide.result(), errors);
        if (guide.type() == ItemType.ADMINISTRATIVE_LICENSE && (guide.faq() == null || guide.faq().isEmpty())) {
            errors.add("faq", "license-needs-faq", "An administrative licence needs at least one FAQ entry.");
        }
        return errors.list;
    }

    private static void checkAuthority(Authority authority, Errors errors) {
        if (authority == null) {
            errors.required("authority");
            return;
        }
        if (authority.level() == null) {
            errors.required("authority.level");
        }
        if (authority.legalBasis() == null || authority.legalBasis().isEmpty()) {
            errors.required("authority.legalBasis");
        }
    }

    private static void checkHandling(ServiceGuide guide, WorkingDayCalendar calendar, LocalDate on, Errors errors) {
        Handling handling = guide.handling();
        if (handling == null) {
            errors.required("handling");
            return;
        }
        if (handling.conditions() == null || handling.conditions().isEmpty()) {
            errors.required("handling.conditions");
        }
        if (handling.legalTimeLimit() == null) {
            errors.required("handling.legalTimeLimit");
        }
        if (handling.promisedTimeLimit() == null) {
            errors.required("handling.promisedTimeLimit");
        }
        if (handling.legalTimeLimit() != null && handling.promisedTimeLimit() != null
                && exceeds(handling.promisedTimeLimit(), handling.legalTimeLimit(), calendar, on)) {
            errors.add("handling.promisedTimeLimit", "promised-exceeds-legal",
                    "The promised time limit must not exceed the legal time limit.");
        }
        if (handling.kind() == null) {
            errors.required("handling.kind");
        }
        if (handling.channels() == null || handling.channels().isEmpty()) {
            errors.required("handling.channels");
        }
        requireText(handling.location(), "handling.location", errors);
        requireText(handling.hours(), "handling.hours", errors);
        requireText(handling.consultation(), "handling.consultation", errors);
        requireText(handling.complaint(), "handling.complaint", errors);
        Online online = guide.online();
        if (online == null || online.depth() == null) {
            errors.required(online == null ? "online" : "online.depth");
        }
        if (handling.visits() == null) {
            errors.required("handling.visits");
            return;
        }
        if (online != null && online.depth() == OnlineDepth.IV && handling.visits() > 0) {
            errors.add("handling.visits", "fully-online-needs-no-visit",
                    "An item handled fully online (depth IV) must need no visit.");
        }
        if (handling.visits() > 0 && (online == null || isBlank(online.onSiteReason()))) {
            errors.add("online.onSiteReason", "visit-needs-reason",
                    "Say why the applicant must come in person when a visit is needed.");
        }
        if (handling.channels() != null && handling.channels().contains(Channel.ONLINE)
                && (online == null || isBlank(online.url()))) {
            errors.add("online.url", "online-needs-url", "An item offered online needs its online address.");
        }
    }

    private static boolean exceeds(TimeLimit promised, TimeLimit legal, WorkingDayCalendar calendar, LocalDate on) {
        if (promised.value() == null || legal.value() == null || promised.unit() == null || legal.unit() == null) {
            return false;
        }
        return promised.unit() == legal.unit()
                ? promised.value() > legal.value()
                : promised.inWorkingDays(calendar, on) > legal.inWorkingDays(calendar, on);
    }

    private static void checkMaterials(List<Material> materials, Errors errors) {
        if (materials == null || materials.isEmpty()) {
            errors.required("materials");
            return;
        }
        for (int i = 0; i < materials.size(); i++) {
            Material m = materials.get(i);
            String at = "materials[" + i + "].";
            if (m.kind() == null) {
                errors.required(at + "kind");
            }
            if (m.form() == null) {
                errors.required(at + "form");
            }
            if (m.necessity() == null) {
                errors.required(at + "necessity");
            }
            if (m.source() == null) {
                errors.required(at + "source");
            }
            if (m.form() != null && m.form() != Material.Form.ELECTRONIC && (m.copies() == null || m.copies() < 1)) {
                errors.add(at + "copies", "paper-needs-copies", "A paper material needs the number of copies.");
            }
        }
    }

    private static void checkFees(Fees fees, Errors errors) {
        if (fees == null) {
            errors.required("fees");
            return;
        }
        List<Fee> items = fees.items() == null ? List.of() : fees.items();
        if (!fees.charged()) {
            if (!items.isEmpty()) {
                errors.add("fees.items", "free-has-fee-items", "A free item must not list fee items.");
            }
            return;
        }
        if (isBlank(fees.basis())) {
            errors.add("fees.basis", "fee-needs-basis", "A charged item needs the legal basis of its fees.");
        }
        if (items.isEmpty()) {
            errors.add("fees.items", "fee-needs-item", "A charged item needs at least one fee item.");
        }
        for (int i = 0; i < items.size(); i++) {
            requireText(items.get(i).standard(), "fees.items[" + i + "].standard", errors);
        }
    }

    private static void checkSteps(ServiceGuide guide, Errors errors) {
        List<ProcessStep> steps = guide.steps() == null ? List.of() : guide.steps();
        if (steps.isEmpty()) {
            errors.required("steps");
        } else if (guide.type() == ItemType.ADMINISTRATIVE_LICENSE && steps.size() < 5) {
            errors.add("steps", "license-needs-steps",
                    "An administrative licence needs at least 5 process steps (申请, 受理, 审查, 决定, 送达).");
        }
    }

    private static void checkResult(Result result, Errors errors) {
        if (result == null) {
            errors.required("result");
            return;
        }
        if (result.type() == null) {
            errors.required("result.type");
        }
        requireText(result.name(), "result.name", errors);
        if (result.type() == Result.Type.CERTIFICATE && isBlank(result.sample())) {
            errors.add("result.sample", "certificate-needs-sample", "A certificate or licence result needs a sample.");
        }
    }

    private static void requireText(String value, String field, Errors errors) {
        if (isBlank(value)) {
            errors.required(field);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static final class Errors {
        final List<FieldError> list = new ArrayList<>();

        void add(String field, String code, String message) {
            list.add(new FieldError(field, code, message));
        }

        void required(String field) {
            add(field, "required", "This field is required before publishing.");
        }
    }
}
