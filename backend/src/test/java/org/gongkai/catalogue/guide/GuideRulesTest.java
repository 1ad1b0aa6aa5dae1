package org.gongkai.catalogue.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.gongkai.calendar.OfficialCalendar;
import org.gongkai.common.FieldError;
import org.junit.jupiter.api.Test;

public class GuideRulesTest {

    static final LocalDate ON = LocalDate.of(2026, 3, 2);
    public static final Set<String> THEMES = Set.of("identity-documents", "business-setup");

    /** A complete licence guide that passes every rule; each test breaks one thing. */
    public static ServiceGuide validLicence() {
        return new ServiceGuide("测试许可", ItemType.ADMINISTRATIVE_LICENSE, Audience.LEGAL_ENTITY, null, null,
                List.of("business-setup"),
                new Authority(ExerciseLevel.MUNICIPAL, "法定本级行使", List.of(new LegalBasis("《中华人民共和国行政许可法》", "第十二条")), null),
                new Handling(List.of("申请人具备相应条件"), new TimeLimit(20, TimeUnit.WORKING_DAYS, null),
                        new TimeLimit(10, TimeUnit.WORKING_DAYS, null), HandlingKind.COMMITTED, List.of(Channel.WINDOW, Channel.ONLINE),
                        null, 1, "市政务服务中心", "工作日 8:30—17:00", "0429-0000000", "0429-12345"),
                new Online(OnlineDepth.III, "https://zwfw.example/item", "需核验原件", true, false, true),
                List.of(new Material("申请书", Material.Kind.ORIGINAL, Material.Form.PAPER, Material.Necessity.REQUIRED,
                        Material.Source.APPLICANT, 1, "A4", null, null, null, null, null)),
                new Fees(false, null, List.of()),
                List.of(step("申请"), step("受理"), step("审查"), step("决定"), step("送达")),
                new Result(Result.Type.CERTIFICATE, "许可证", "许可证样本"),
                List.of(new Faq("问", "答")), List.of(), null, null);
    }

    static ProcessStep step(String name) {
        return new ProcessStep(name, null, "窗口", "工作人员", null);
    }

    static List<String> fields(ServiceGuide g) {
        return GuideRules.check(g, THEMES, OfficialCalendar.CALENDAR, ON).stream().map(FieldError::field).toList();
    }

    static List<String> codes(ServiceGuide g) {
        return GuideRules.check(g, THEMES, OfficialCalendar.CALENDAR, ON).stream().map(FieldError::code).toList();
    }

    @Test
    void aCompleteGuidePasses() {
        assertEquals(List.of(), GuideRules.check(validLicence(), THEMES, OfficialCalendar.CALENDAR, ON));
    }

    @Test
    void fullyOnlineItemsNeedNoVisit() {
        ServiceGuide g = validLicence();
        g = with(g, new Online(OnlineDepth.IV, "https://x", "原因", false, false, false), g.handling());
        assertEquals(List.of("fully-online-needs-no-visit"), codes(g));
    }

    @Test
    void aVisitNeedsAStatedReason() {
        ServiceGuide g = validLicence();
        g = with(g, new Online(OnlineDepth.III, "https://x", " ", false, false, false), g.handling());
        assertEquals(List.of("online.onSiteReason"), fields(g));
    }

    @Test
    void theRulesCompareTimeLimitsAcrossUnits() {
        ServiceGuide g = validLicence();
        Handling h = g.handling();
        Handling slower = new Handling(h.conditions(), new TimeLimit(10, TimeUnit.WORKING_DAYS, null),
                new TimeLimit(30, TimeUnit.CALENDAR_DAYS, null), h.kind(), h.channels(), null, h.visits(), h.location(), h.hours(),
                h.consultation(), h.complaint());
        assertEquals(List.of("promised-exceeds-legal"), codes(with(g, g.online(), slower)));
    }

    @Test
    void aFeeNeedsItsBasisAndAtLeastOneItem() {
        ServiceGuide g = validLicence();
        ServiceGuide charged = new ServiceGuide(g.name(), g.type(), g.audience(), null, null, g.themes(), g.authority(), g.handling(),
                g.online(), g.materials(), new Fees(true, null, List.of()), g.steps(), g.result(), g.faq(), List.of(), null, null);
        assertEquals(List.of("fee-needs-basis", "fee-needs-item"), codes(charged));
    }

    @Test
    void aLicenceNeedsFiveStepsAndAnFaq() {
        ServiceGuide g = validLicence();
        ServiceGuide thin = new ServiceGuide(g.name(), g.type(), g.audience(), null, null, g.themes(), g.authority(), g.handling(),
                g.online(), g.materials(), g.fees(), List.of(step("申请"), step("决定")), g.result(), List.of(), List.of(), null, null);
        assertEquals(List.of("license-needs-steps", "license-needs-faq"), codes(thin));
    }

    @Test
    void aCertificateResultNeedsASample() {
        ServiceGuide g = validLicence();
        ServiceGuide noSample = new ServiceGuide(g.name(), g.type(), g.audience(), null, null, g.themes(), g.authority(), g.handling(),
                g.online(), g.materials(), g.fees(), g.steps(), new Result(Result.Type.CERTIFICATE, "许可证", null), g.faq(), List.of(), null, null);
        assertEquals(List.of("result.sample"), fields(noSample));
    }

    @Test
    void anEmptyDraftNamesEveryMissingSection() {
        ServiceGuide empty = new ServiceGuide("草稿", ItemType.PUBLIC_SERVICE, Audience.PERSON, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
        List<String> missing = fields(empty);
        assertTrue(missing.containsAll(List.of("themes", "authority", "handling", "materials", "fees", "steps", "result")), missing.toString());
    }

    @Test
    void unknownThemesAreNamedByPosition() {
        ServiceGuide g = validLicence();
        ServiceGuide odd = new ServiceGuide(g.name(), g.type(), g.audience(), null, null, List.of("business-setup", "no-such-theme"),
                g.authority(), g.handling(), g.online(), g.materials(), g.fees(), g.steps(), g.result(), g.faq(), List.of(), null, null);
        assertEquals(List.of("themes[1]"), fields(odd));
    }

    private static ServiceGuide with(ServiceGuide g, Online online, Handling handling) {
        return new ServiceGuide(g.name(), g.type(), g.audience(), g.mainItem(), g.variant(), g.themes(), g.authority(), handling, online,
                g.materials(), g.fees(), g.steps(), g.result(), g.faq(), g.intermediaryServices(), g.rightsAndObligations(), g.remedies());
    }
}
