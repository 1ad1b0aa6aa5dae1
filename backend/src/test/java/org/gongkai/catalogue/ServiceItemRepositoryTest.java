package org.gongkai.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

import jakarta.inject.Inject;

import org.gongkai.catalogue.guide.ItemType;
import org.gongkai.common.Page;
import org.gongkai.common.PageRequest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The listing and search statements against the real database (the demo catalogue). */
@QuarkusTest
class ServiceItemRepositoryTest {

    static final EnumSet<ItemStatus> PUBLIC = EnumSet.of(ItemStatus.ACTIVE, ItemStatus.SUSPENDED);

    @Inject
    ServiceItemRepository items;

    Page<ServiceItemRepository.Row> list(String department, ItemType type, String theme, String text, CatalogueQuery.Sort sort,
            int page, int size) {
        return items.list(new CatalogueQuery(PUBLIC, department, type, null, theme, null, text, sort), new PageRequest(page, size))
                .await().indefinitely();
    }

    @Test
    void pagesFollowEachOtherAndCountEveryPublishedItem() {
        Page<ServiceItemRepository.Row> page = list(null, null, null, null, CatalogueQuery.Sort.NAME, 1, 20);
        assertEquals(20, page.items().size());
        assertTrue(page.total() >= 664, "total " + page.total());
        // the next page starts where this one ended
        Page<ServiceItemRepository.Row> next = list(null, null, null, null, CatalogueQuery.Sort.NAME, 2, 20);
        assertTrue(next.items().stream().noneMatch(r -> page.items().stream().anyMatch(p -> p.id().equals(r.id()))));
        assertTrue(page.items().stream().allMatch(r -> r.departmentName() != null && r.textWindow() == null));
    }

    @Test
    void filtersApplyToThePageAndToTheTotal() {
        Page<ServiceItemRepository.Row> page = list("public-security", ItemType.ADMINISTRATIVE_LICENSE, null, null,
                CatalogueQuery.Sort.NAME, 1, 100);
        assertFalse(page.items().isEmpty());
        assertTrue(page.items().stream().allMatch(r -> r.departmentCode().equals("public-security")
                && r.type().equals("ADMINISTRATIVE_LICENSE")));
        assertEquals(page.items().size(), page.total());
    }

    @Test
    void aTwoCharacterTermFindsTheSameItemsInBothScriptsWithNameMatchesFirst() {
        Page<ServiceItemRepository.Row> simplified = list(null, null, null, "许可", CatalogueQuery.Sort.RELEVANCE, 1, 100);
        Page<ServiceItemRepository.Row> traditional = list(null, null, null, "許可", CatalogueQuery.Sort.RELEVANCE, 1, 100);
        assertTrue(simplified.total() > 0);
        assertEquals(simplified.total(), traditional.total());
        assertEquals(simplified.items().stream().map(ServiceItemRepository.Row::id).toList(),
                traditional.items().stream().map(ServiceItemRepository.Row::id).toList());
        // names with the term first, then the rest
        List<Boolean> inName = simplified.items().stream().map(r -> r.name().contains("许可")).toList();
        assertEquals(inName.stream().sorted(Comparator.reverseOrder()).toList(), inName);
        // every row carries the window of text its fragment is cut from
        assertTrue(simplified.items().stream().allMatch(r -> r.textWindow() != null && r.textWindow().contains("许可")));
    }

    @Test
    void aPagePastTheEndIsEmptyButKeepsTheTotal() {
        long total = list(null, null, null, "许可", CatalogueQuery.Sort.RELEVANCE, 1, 20).total();
        Page<ServiceItemRepository.Row> beyond = list(null, null, null, "许可", CatalogueQuery.Sort.RELEVANCE, 1000, 20);
        assertTrue(beyond.items().isEmpty());
        assertEquals(total, beyond.total());
    }

    @Test
    void aSingleCharacterAndNonsenseAreAnswered() {
        Page<ServiceItemRepository.Row> single = list(null, null, null, "证", CatalogueQuery.Sort.RELEVANCE, 1, 10);
        assertTrue(single.total() > 0);
        assertEquals(0, list(null, null, null, "鑫鑫鑫鑫", CatalogueQuery.Sort.RELEVANCE, 1, 10).total());
        assertEquals(0, list(null, null, null, "!!!", CatalogueQuery.Sort.RELEVANCE, 1, 10).total());
    }
}
