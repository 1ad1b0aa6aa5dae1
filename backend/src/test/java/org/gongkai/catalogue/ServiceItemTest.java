package org.gongkai.catalogue;

import static org.gongkai.calendar.OfficialCalendar.CALENDAR;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.gongkai.catalogue.guide.GuideRulesTest;
import org.gongkai.catalogue.guide.Handling;
import org.gongkai.catalogue.guide.ServiceGuide;
import org.gongkai.common.DomainException;
import org.junit.jupiter.api.Test;

/** The publication and version rules of a service item, without a database. */
class ServiceItemTest {

    static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    static final Instant T1 = Instant.parse("2026-04-01T01:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 4, 1);

    static ServiceItem draftItem(ServiceGuide guide) {
        return ServiceItem.create(UUID.randomUUID(), "11211400MB0000001X000105009000000001", "000105009000", "public-security", guide,
                CALENDAR, "staff-ps", T0);
    }

    @Test
    void aNewItemIsADraftListedUnderItsDraftsName() {
        ServiceItem item = draftItem(GuideRulesTest.validLicence());
        assertEquals(ItemStatus.DRAFT, item.status);
        assertEquals("测试许可", item.name);
        assertNull(item.currentVersion);
        assertTrue(item.searchNameTokens.contains("测试"));
    }

    @Test
    void theFirstPublicationIsVersionOneAndMakesTheItemActive() {
        ServiceItem item = draftItem(GuideRulesTest.validLicence());
        ServiceItemVersion v1 = item.publishDraft(null, GuideRulesTest.THEMES, CALENDAR, "首次发布", "staff-ps", T1);
        assertEquals(1, v1.version);
        assertEquals(ServiceItemVersion.State.PUBLISHED, v1.state);
        assertEquals(ItemStatus.ACTIVE, item.status);
        assertEquals(1, item.currentVersion);
        assertEquals(T1, item.publishedAt);
        assertNull(item.draft);
        assertArrayEquals(new String[0], v1.changedSections);
    }

    @Test
    void aLaterPublicationSupersedesTheCurrentVersionAndNamesTheChangedSections() {
        ServiceItem item = draftItem(GuideRulesTest.validLicence());
        ServiceItemVersion v1 = item.publishDraft(null, GuideRulesTest.THEMES, CALENDAR, "首次发布", "staff-ps", T0);
        ServiceGuide g = GuideRulesTest.validLicence();
        Handling h = g.handling();
        Handling moved = new Handling(h.conditions(), h.legalTimeLimit(), h.promisedTimeLimit(), h.kind(), h.channels(),
                h.specialProcedures(), h.visits(), "市政务服务中心二楼", h.hours(), h.consultation(), h.complaint());
        item.saveDraft(new ServiceGuide(g.name(), g.type(), g.audience(), g.mainItem(), g.variant(), g.themes(), g.authority(), moved,
                g.online(), g.materials(), g.fees(), g.steps(), g.result(), g.faq(), g.intermediaryServices(), g.rightsAndObligations(),
                g.remedies()), CALENDAR, "staff-ps", T1);
        // a draft of a published item leaves the listed summary alone
        assertEquals("测试许可", item.name);

        ServiceItemVersion v2 = item.publishDraft(v1, GuideRulesTest.THEMES, CALENDAR, "办理地点调整", "staff-ps", T1);
        assertEquals(2, v2.version);
        assertEquals(ServiceItemVersion.State.SUPERSEDED, v1.state);
        assertEquals(ServiceItemVersion.State.PUBLISHED, v2.state);
        assertArrayEquals(new String[] { "handling" }, v2.changedSections);
        assertEquals(2, item.currentVersion);
    }

    @Test
    void nothingToPublishWithoutADraft() {
        ServiceItem item = draftItem(GuideRulesTest.validLicence());
        ServiceItemVersion v1 = item.publishDraft(null, GuideRulesTest.THEMES, CALENDAR, "首次发布", "staff-ps", T0);
        assertThrows(DomainException.Conflict.class, () -> item.publishDraft(v1, GuideRulesTest.THEMES, CALENDAR, "再次发布", "staff-ps", T1));
    }

    @Test
    void aDraftThatBreaksTheRulesIsNotPublished() {
        // the guide's theme is not one the city has
        ServiceItem item = draftItem(GuideRulesTest.validLicence());
        var error = assertThrows(DomainException.RuleViolation.class,
                () -> item.publishDraft(null, java.util.Set.of("identity-documents"), CALENDAR, "首次发布", "staff-ps", T1));
        assertTrue(error.getMessage().contains("data-quality"));
        assertEquals(ItemStatus.DRAFT, item.status);
        assertNull(item.currentVersion);
    }

    @Test
    void theDraftOfANeverPublishedItemCannotBeDiscarded() {
        ServiceItem item = draftItem(GuideRulesTest.validLicence());
        assertThrows(DomainException.Conflict.class, () -> item.discardDraft(T1));
    }

    @Test
    void aScheduledSuspensionBecomesAVersionOfTheSameGuide() {
        ServiceItem item = draftItem(GuideRulesTest.validLicence());
        ServiceItemVersion v1 = item.publishDraft(null, GuideRulesTest.THEMES, CALENDAR, "首次发布", "staff-ps", T0);
        item.schedule(ItemStatus.SUSPENDED, TODAY.plusDays(3), "系统升级", TODAY, T1);
        assertTrue(!item.scheduleDue(TODAY) && item.scheduleDue(TODAY.plusDays(3)));

        ServiceItemVersion v2 = item.applySchedule(v1, CALENDAR, "system", T1);
        assertEquals(ItemStatus.SUSPENDED, item.status);
        assertEquals(ItemStatus.SUSPENDED, v2.status);
        assertEquals("系统升级", v2.changeNote);
        assertEquals(v1.guide, v2.guide);
        assertArrayEquals(new String[0], v2.changedSections);
        assertNull(item.scheduledStatus);
    }

    @Test
    void aScheduleIsRefusedBeforePublicationInThePastOrForTheCurrentStatus() {
        ServiceItem draft = draftItem(GuideRulesTest.validLicence());
        assertThrows(DomainException.Conflict.class, () -> draft.schedule(ItemStatus.SUSPENDED, TODAY, "x", TODAY, T1));

        ServiceItem item = draftItem(GuideRulesTest.validLicence());
        item.publishDraft(null, GuideRulesTest.THEMES, CALENDAR, "首次发布", "staff-ps", T0);
        List<Runnable> refused = List.of(
                () -> item.schedule(ItemStatus.SUSPENDED, TODAY.minusDays(1), "x", TODAY, T1),
                () -> item.schedule(ItemStatus.ACTIVE, TODAY, "x", TODAY, T1),
                () -> item.schedule(ItemStatus.DRAFT, TODAY, "x", TODAY, T1));
        refused.forEach(r -> assertThrows(DomainException.InvalidInput.class, r::run));
        assertThrows(DomainException.Conflict.class, () -> item.cancelSchedule(T1));
    }
}
