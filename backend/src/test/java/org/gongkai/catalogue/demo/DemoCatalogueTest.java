package org.gongkai.catalogue.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.gongkai.catalogue.guide.Audience;
import org.gongkai.catalogue.guide.Channel;
import org.gongkai.catalogue.guide.GuideRules;
import org.gongkai.catalogue.guide.ItemType;
import org.gongkai.catalogue.guide.OnlineDepth;
import org.gongkai.catalogue.guide.ServiceGuide;
import org.gongkai.common.FieldError;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Plain unit test of the generated demo catalogue (no Quarkus). */
class DemoCatalogueTest {

    private static final Set<ItemType> CATALOGUE_TYPES = EnumSet.of(ItemType.ADMINISTRATIVE_LICENSE,
            ItemType.ADMINISTRATIVE_CONFIRMATION, ItemType.ADMINISTRATIVE_ADJUDICATION, ItemType.ADMINISTRATIVE_PAYMENT,
            ItemType.ADMINISTRATIVE_REWARD, ItemType.ADMINISTRATIVE_FILING, ItemType.OTHER_ADMINISTRATIVE_POWER,
            ItemType.PUBLIC_SERVICE);

    /** Theme code → PERSON or LEGAL_ENTITY, from the migration that seeds the themes. */
    private static Map<String, String> themes;

    @BeforeAll
    static void readThemes() throws IOException {
        themes = new HashMap<>();
        try (InputStream in = DemoCatalogueTest.class.getClassLoader().getResourceAsStream("db/migration/V4__themes.sql")) {
            assertNotNull(in, "db/migration/V4__themes.sql on the classpath");
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("\\('([a-z][a-z0-9-]*)',\\s*'(PERSON|LEGAL_ENTITY)'").matcher(sql);
            while (m.find()) {
                themes.put(m.group(1), m.group(2));
            }
        }
        assertTrue(themes.size() >= 40, "themes parsed: " + themes.size());
    }

    @Test
    void hasExactly664Items() {
        assertEquals(664, DemoCatalogue.items().size());
    }

    @Test
    void idsAndCodesAreUniqueAndWellFormed() {
        List<DemoItem> items = DemoCatalogue.items();
        Set<Object> ids = new HashSet<>();
        Set<String> codes = new HashSet<>();
        Map<String, String> basicByName = new HashMap<>();
        Map<String, String> contactsCredit = DemoDirectory.contacts().stream()
                .collect(Collectors.toMap(DemoDepartmentContacts::code, DemoDepartmentContacts::creditCode));
        for (DemoItem item : items) {
            assertTrue(ids.add(item.id()), "duplicate id " + item.id());
            assertTrue(codes.add(item.implementationCode()), "duplicate implementation code " + item.implementationCode());
            assertEquals(36, item.implementationCode().length(), item.implementationCode());
            assertTrue(item.basicCode().matches("\\d{12}"), item.basicCode());
            assertEquals(contactsCredit.get(item.departmentCode()) + item.basicCode(), item.implementationCode().substring(0, 30));
            assertTrue(item.implementationCode().substring(30).matches("\\d{6}"));
            assertEquals(java.util.UUID.nameUUIDFromBytes(item.implementationCode().getBytes(StandardCharsets.UTF_8)), item.id());
            ServiceGuide g = item.versions().get(item.versions().size() - 1).guide();
            String main = g.mainItem() != null ? g.mainItem() : g.name();
            String previous = basicByName.putIfAbsent(main, item.basicCode());
            assertTrue(previous == null || previous.equals(item.basicCode()), "one basic code per main item: " + main);
        }
        assertEquals(basicByName.size(), new HashSet<>(basicByName.values()).size(), "basic codes unique per main item");
    }

    @Test
    void namesAndVariantsAreUnique() {
        Set<String> names = new HashSet<>();
        for (DemoItem item : DemoCatalogue.items()) {
            ServiceGuide g = item.versions().get(0).guide();
            assertTrue(names.add(g.name()), "duplicate name " + g.name());
            if (g.variant() != null) {
                assertEquals(g.mainItem() + "（" + g.variant() + "）", g.name());
            } else {
                assertEquals(null, g.mainItem());
            }
            assertFalse(g.name().matches(".*\\d+$"), "no numbered placeholders: " + g.name());
        }
    }

    @Test
    void everyDepartmentHasItemsAndContacts() {
        List<DemoDepartmentContacts> contacts = DemoDirectory.contacts();
        assertEquals(33, contacts.size());
        Set<String> departments = DemoCatalogue.items().stream().map(DemoItem::departmentCode).collect(Collectors.toSet());
        for (DemoDepartmentContacts c : contacts) {
            assertTrue(departments.contains(c.code()), "items of " + c.code());
            assertEquals(18, c.creditCode().length());
            for (String value : List.of(c.address(), c.phone(), c.email(), c.officeHours(), c.website(), c.disclosureAddress(),
                    c.disclosurePhone(), c.disclosureEmail())) {
                assertFalse(value == null || value.isBlank(), "contacts of " + c.code());
            }
        }
        assertEquals(33, departments.size());
        assertEquals(33, contacts.stream().map(DemoDepartmentContacts::code).distinct().count());
    }

    @Test
    void allTypesAndAudiencesOccur() {
        Set<ItemType> types = EnumSet.noneOf(ItemType.class);
        Set<Audience> audiences = EnumSet.noneOf(Audience.class);
        for (DemoItem item : DemoCatalogue.items()) {
            types.add(item.versions().get(0).guide().type());
            audiences.add(item.versions().get(0).guide().audience());
        }
        assertEquals(CATALOGUE_TYPES, types);
        assertTrue(audiences.contains(Audience.PERSON));
        assertTrue(audiences.contains(Audience.LEGAL_ENTITY));
    }

    @Test
    void everyVersionPassesTheGuideRules() {
        List<String> failures = new ArrayList<>();
        for (DemoItem item : DemoCatalogue.items()) {
            for (DemoVersion v : item.versions()) {
                ServiceGuide g = v.guide();
                List<FieldError> errors = GuideRules.check(g, themes.keySet());
                if (!errors.isEmpty()) {
                    failures.add(g.name() + ": " + errors);
                }
                if (g.themes().isEmpty() || g.themes().size() > 3) {
                    failures.add(g.name() + ": 1–3 themes expected");
                }
                for (String theme : g.themes()) {
                    String audience = themes.get(theme);
                    if (g.audience() == Audience.PERSON && !"PERSON".equals(audience)
                            || g.audience() == Audience.LEGAL_ENTITY && !"LEGAL_ENTITY".equals(audience)) {
                        failures.add(g.name() + ": theme " + theme + " does not fit " + g.audience());
                    }
                }
                int materials = g.materials().size();
                if (materials < 2 || materials > 6) {
                    failures.add(g.name() + ": " + materials + " materials");
                }
                if (g.faq().isEmpty() || g.faq().size() > 3) {
                    failures.add(g.name() + ": FAQ count " + g.faq().size());
                }
                if (g.handling().channels().contains(Channel.ONLINE) != g.online().depth().compareTo(OnlineDepth.II) >= 0) {
                    failures.add(g.name() + ": online channel and depth disagree");
                }
                if (g.fees().charged() && (g.fees().items().isEmpty() || g.fees().items().size() > 2)) {
                    failures.add(g.name() + ": 1–2 fee items expected");
                }
                if (g.type() == ItemType.ADMINISTRATIVE_LICENSE && g.steps().size() != 5
                        || g.steps().size() < 3 || g.steps().size() > 5) {
                    failures.add(g.name() + ": " + g.steps().size() + " steps");
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " problems, e.g. " + failures.subList(0, Math.min(10, failures.size())));
    }

    @Test
    void historiesAreRealChanges() {
        Instant first = ZonedDateTime.of(2025, 1, 2, 0, 0, 0, 0, ZoneId.of("Asia/Shanghai")).toInstant();
        Instant last = ZonedDateTime.of(2026, 11, 21, 0, 0, 0, 0, ZoneId.of("Asia/Shanghai")).toInstant();
        int withHistory = 0;
        for (DemoItem item : DemoCatalogue.items()) {
            List<DemoVersion> versions = item.versions();
            assertTrue(versions.size() >= 1 && versions.size() <= 3);
            assertEquals("首次发布", versions.get(0).changeNote());
            Instant previous = null;
            for (int i = 0; i < versions.size(); i++) {
                DemoVersion v = versions.get(i);
                assertEquals("demo-data", v.publishedBy());
                assertTrue(!v.publishedAt().isBefore(first) && v.publishedAt().isBefore(last), v.publishedAt().toString());
                int hour = v.publishedAt().atZone(ZoneId.of("Asia/Shanghai")).getHour();
                assertTrue(hour >= 9 && hour < 17, "office hours: " + v.publishedAt());
                if (previous != null) {
                    assertTrue(v.publishedAt().isAfter(previous), "increasing publication times");
                    assertFalse(v.guide().equals(versions.get(i - 1).guide()), "versions differ: " + v.guide().name());
                    assertFalse(v.changeNote().isBlank());
                }
                previous = v.publishedAt();
            }
            if (versions.size() > 1) {
                withHistory++;
            }
        }
        assertTrue(withHistory > 664 / 10 && withHistory < 664 * 3 / 10, "about 20% with history: " + withHistory);
    }

    @Test
    void isDeterministic() {
        List<DemoItem> again = new ArrayList<>();
        // a fresh generation, bypassing the cache
        try {
            java.lang.reflect.Method generate = DemoCatalogue.class.getDeclaredMethod("generate");
            generate.setAccessible(true);
            @SuppressWarnings("unchecked")
            List<DemoItem> fresh = (List<DemoItem>) generate.invoke(null);
            again.addAll(fresh);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        assertEquals(DemoCatalogue.items(), again);
        assertEquals(DemoCatalogue.items(), DemoCatalogue.items());
    }

    @Test
    void searchableTermsOccur() {
        List<String> names = DemoCatalogue.items().stream().map(i -> i.versions().get(0).guide().name()).toList();
        assertTrue(names.stream().anyMatch(n -> n.contains("规划")), "规划 in a name");
        String all = DemoCatalogue.items().stream().map(i -> i.versions().get(i.versions().size() - 1).guide().toString())
                .collect(Collectors.joining("\n"));
        for (String term : List.of("规划", "驾驶证", "社保", "营业执照", "户口", "医保", "公积金")) {
            assertTrue(all.contains(term), term + " in the texts");
        }
    }
}
