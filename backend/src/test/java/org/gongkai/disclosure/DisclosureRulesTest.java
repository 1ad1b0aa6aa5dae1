package org.gongkai.disclosure;

import static org.gongkai.disclosure.DisclosureFixtures.SUB_ITEMS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.gongkai.common.FieldError;
import org.gongkai.disclosure.content.BudgetReport;
import org.gongkai.disclosure.content.DisclosureContent;
import org.junit.jupiter.api.Test;

class DisclosureRulesTest {

    private static List<String> fields(RecordKind kind, DisclosureContent c) {
        return DisclosureRules.check(kind, c, SUB_ITEMS).stream().map(FieldError::field).toList();
    }

    @Test
    void aCompletePolicyAndInterpretationPass() {
        assertEquals(List.of(), fields(RecordKind.NORMATIVE_DOCUMENT, DisclosureFixtures.policy("关于……的通知")));
        assertEquals(List.of(), fields(RecordKind.INTERPRETATION, DisclosureFixtures.interpretation("解读", UUID.randomUUID())));
        assertEquals(List.of(), fields(RecordKind.BUDGET, DisclosureFixtures.budget(DisclosureFixtures.fullBudget())));
    }

    @Test
    void aBudgetMissingAnyOfTheFourPartsIsRefused() {
        BudgetReport full = DisclosureFixtures.fullBudget();
        assertEquals(List.of("budget.overview"), fields(RecordKind.BUDGET, DisclosureFixtures.budget(
                new BudgetReport(2026, " ", full.tables(), full.explanation(), full.glossary()))));
        assertEquals(List.of("budget.tables"), fields(RecordKind.BUDGET, DisclosureFixtures.budget(
                new BudgetReport(2026, full.overview(), List.of(), full.explanation(), full.glossary()))));
        assertEquals(List.of("budget.explanation"), fields(RecordKind.BUDGET, DisclosureFixtures.budget(
                new BudgetReport(2026, full.overview(), full.tables(), null, full.glossary()))));
        assertEquals(List.of("budget.glossary"), fields(RecordKind.BUDGET, DisclosureFixtures.budget(
                new BudgetReport(2026, full.overview(), full.tables(), full.explanation(), ""))));
        assertEquals(List.of("budget"), fields(RecordKind.FINAL_ACCOUNTS, DisclosureFixtures.budget(null)));
    }

    @Test
    void anInterpretationNamesWhatItInterpretsAndAVideoItsAddress() {
        DisclosureContent c = DisclosureFixtures.interpretation("解读", null);
        assertEquals(List.of("interprets"), fields(RecordKind.INTERPRETATION, c));
        DisclosureContent video = new DisclosureContent(c.title(), null, c.writtenOn(), null, null, c.subItems(), c.disclosureMode(),
                c.category(), c.validity(), null, null, c.body(), UUID.randomUUID(), InterpretationForm.VIDEO, null, null, null, null, null, null, null);
        assertEquals(List.of("mediaUrl"), fields(RecordKind.INTERPRETATION, video));
    }

    @Test
    void sectionsOfAnotherKindAreRefused() {
        DisclosureContent policyWithBudget = DisclosureFixtures.budget(DisclosureFixtures.fullBudget());
        assertTrue(fields(RecordKind.POLICY, policyWithBudget).contains("budget"));
        assertTrue(fields(RecordKind.POLICY, DisclosureFixtures.interpretation("x", UUID.randomUUID())).contains("interprets"));
    }

    @Test
    void metadataAndValidityRules() {
        DisclosureContent p = DisclosureFixtures.policy("x");
        DisclosureContent bare = new DisclosureContent("x", null, null, null, null, List.of("nowhere"), null, null, Validity.REPEALED,
                LocalDate.of(2026, 1, 1), null, "", null, null, null, null, null, null, null, null, null);
        assertEquals(List.of("writtenOn", "subItems[0]", "disclosureMode", "category", "validUntil", "body", "documentNumber"),
                fields(RecordKind.REGULATION, bare));
        DisclosureContent backwards = p.withValidity(Validity.EXPIRED, LocalDate.of(2025, 1, 1));
        assertEquals(List.of("validUntil"), fields(RecordKind.POLICY, backwards));
    }
}
