package org.gongkai.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.gongkai.common.DomainException;
import org.junit.jupiter.api.Test;

/** The workflow rules of a record, without a database. */
class DisclosureRecordTest {

    static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    static final Instant T1 = Instant.parse("2026-03-03T01:00:00Z");

    static DisclosureRecord draft() {
        return DisclosureRecord.create(UUID.randomUUID(), "X/2026-00001", "civil-affairs", RecordKind.POLICY,
                DisclosureFixtures.policy("关于……的通知"), DisclosureFixtures.DOMAINS, "staff-a", T0);
    }

    @Test
    void aNewRecordIsAnUnpublishedDraftOnTheArt26Clock() {
        DisclosureRecord r = draft();
        assertEquals(RecordStatus.UNPUBLISHED, r.status);
        assertEquals(DraftState.EDITING, r.draftState);
        assertEquals(T0, r.draftSince);
        assertFalse(r.isPublic());
        assertEquals("powers-responsibilities", r.domains[0]);
    }

    @Test
    void theAuthorCannotReviewTheirOwnRecord() {
        DisclosureRecord r = draft();
        r.submit("首次发布", "staff-a", T1);
        assertThrows(DomainException.Forbidden.class, () -> r.approve(null, DisclosureFixtures.DOMAINS, "staff-a", T1));
        assertThrows(DomainException.Forbidden.class, () -> r.returnToAuthor("改", "staff-a", T1));
    }

    @Test
    void approvalPublishesVersionOneAndClearsTheDraft() {
        DisclosureRecord r = draft();
        r.submit("首次发布", "staff-a", T1);
        DisclosureVersion v1 = r.approve(null, DisclosureFixtures.DOMAINS, "reviewer", T1);
        assertEquals(1, v1.version);
        assertEquals("staff-a", v1.publishedBy);
        assertEquals("reviewer", v1.approvedBy);
        assertTrue(r.isPublic());
        assertEquals(LocalDate.of(2026, 3, 3), r.publishedOn);
        assertNull(r.draft);
        assertNull(r.draftSince);
    }

    @Test
    void anImportedRecordIsPublishedAsVersionOneOnItsOwnDateClearedBySomeoneElse() {
        Instant created = Instant.parse("2017-03-13T01:00:00Z");
        Instant published = Instant.parse("2017-03-15T02:30:00Z");
        DisclosureRecord r = DisclosureRecord.create(UUID.randomUUID(), "X/2017-00001", "civil-affairs", RecordKind.POLICY,
                DisclosureFixtures.policy("关于……的通知"), DisclosureFixtures.DOMAINS, "demo-data", created);
        DisclosureVersion v1 = r.publishImported("首次发布", "demo-data", "demo-review", DisclosureFixtures.DOMAINS, published);
        assertEquals(1, v1.version);
        assertEquals("demo-data", v1.publishedBy);
        assertEquals("demo-review", v1.approvedBy);
        assertEquals(published, v1.publishedAt);
        assertEquals(LocalDate.of(2017, 3, 15), r.publishedOn);
        assertEquals(created, r.createdAt);
        assertTrue(r.isPublic());
        assertNull(r.draft);
        // once published, never again by an import; and no self-review through the import either
        assertThrows(DomainException.Conflict.class, () -> r.publishImported("首次发布", "demo-data", "demo-review", DisclosureFixtures.DOMAINS, published));
        DisclosureRecord own = draft();
        assertThrows(DomainException.Forbidden.class, () -> own.publishImported("首次发布", "staff-a", "staff-a", DisclosureFixtures.DOMAINS, T1));
        DisclosureRecord early = draft();
        assertThrows(DomainException.InvalidInput.class,
                () -> early.publishImported("首次发布", "staff-a", "reviewer", DisclosureFixtures.DOMAINS, T0.minusSeconds(60)));
    }

    @Test
    void aRecordInReviewIsNotEditedUntilReturned() {
        DisclosureRecord r = draft();
        r.submit("首次发布", "staff-a", T1);
        assertThrows(DomainException.Conflict.class, () -> r.saveDraft(DisclosureFixtures.policy("改"), DisclosureFixtures.DOMAINS, "staff-a", T1));
        r.returnToAuthor("请删除个人信息", "reviewer", T1);
        assertEquals(DraftState.EDITING, r.draftState);
        assertEquals("请删除个人信息", r.reviewNote);
        r.saveDraft(DisclosureFixtures.policy("改"), DisclosureFixtures.DOMAINS, "staff-a", T1);
        assertEquals(T0, r.draftSince, "the Art. 26 clock runs from the first unpublished change");
    }

    @Test
    void editsOfAPublishedRecordLeaveThePublicListingAlone() {
        DisclosureRecord r = draft();
        r.submit("首次发布", "staff-a", T1);
        DisclosureVersion v1 = r.approve(null, DisclosureFixtures.DOMAINS, "reviewer", T1);
        r.saveDraft(DisclosureFixtures.policy("新标题"), DisclosureFixtures.DOMAINS, "staff-b", T1);
        assertEquals("关于……的通知", r.title);
        r.submit("修改标题", "staff-b", T1);
        DisclosureVersion v2 = r.approve(v1, DisclosureFixtures.DOMAINS, "reviewer", T1);
        assertEquals(2, v2.version);
        assertEquals(DisclosureVersion.State.SUPERSEDED, v1.state);
        assertEquals("新标题", r.title);
    }

    @Test
    void onlyProactiveRecordsArePublic() {
        DisclosureRecord r = DisclosureRecord.create(UUID.randomUUID(), "X/2026-00002", "civil-affairs", RecordKind.GENERAL,
                withMode(DisclosureMode.ON_REQUEST), DisclosureFixtures.DOMAINS, "staff-a", T0);
        r.submit("发布", "staff-a", T1);
        r.approve(null, DisclosureFixtures.DOMAINS, "reviewer", T1);
        assertEquals(RecordStatus.PUBLISHED, r.status);
        assertFalse(r.isPublic());
    }

    @Test
    void withdrawalAndValidity() {
        DisclosureRecord r = draft();
        assertThrows(DomainException.Conflict.class, () -> r.withdraw(T1));
        r.submit("首次发布", "staff-a", T1);
        DisclosureVersion v1 = r.approve(null, DisclosureFixtures.DOMAINS, "reviewer", T1);
        assertThrows(DomainException.InvalidInput.class,
                () -> r.changeValidity(v1, Validity.REPEALED, null, "废止", DisclosureFixtures.DOMAINS, "staff-a", T1));
        DisclosureVersion v2 = r.changeValidity(v1, Validity.REPEALED, LocalDate.of(2026, 3, 3), "废止", DisclosureFixtures.DOMAINS, "staff-a", T1);
        assertEquals(Validity.REPEALED, v2.content.validity());
        assertEquals(Validity.REPEALED, r.validity);
        assertNull(v2.approvedBy);
        r.withdraw(T1);
        assertFalse(r.isPublic());
    }

    private static org.gongkai.disclosure.content.DisclosureContent withMode(DisclosureMode mode) {
        var p = DisclosureFixtures.policy("依申请公开的信息");
        return new org.gongkai.disclosure.content.DisclosureContent(p.title(), p.documentNumber(), p.writtenOn(), p.topic(), p.keywords(),
                p.subItems(), mode, p.category(), p.validity(), p.validFrom(), p.validUntil(), p.body(), null, null, null, null, null, null, null, null, null);
    }
}
