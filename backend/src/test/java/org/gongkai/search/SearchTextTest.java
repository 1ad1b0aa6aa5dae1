package org.gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void traditionalAndSimplifiedNormaliseToTheSameText() {
        assertEquals(SearchText.normalize("建设工程规划许可"), SearchText.normalize("建設工程規劃許可"));
    }

    @Test
    void normalisationKeepsEveryPosition() {
        String original = "ＡＢＣ規劃 許可，２０１７年";
        assertEquals(original.length(), SearchText.normalize(original).length());
        assertEquals("abc规划 许可,2017年", SearchText.normalize(original));
    }

    @Test
    void chineseTextIsIndexedAsCharacterPairsInOrder() {
        assertEquals("规划 划许 许可 abc 2017", SearchText.indexTokens("規劃許可 ABC-2017"));
    }

    @Test
    void aTwoCharacterTermIsOneBigramInEitherScript() {
        assertEquals("'规划'", SearchText.tsQuery("规划"));
        assertEquals("'规划'", SearchText.tsQuery("規劃"));
    }

    @Test
    void longerChineseTermsArePhrasesOfBigramsAndWordsAreAnded() {
        assertEquals("('驾驶' <-> '驶证') & 'c1':*", SearchText.tsQuery("驾驶证 C1"));
    }

    @Test
    void singleCharactersAndPunctuationHaveNoIndexQuery() {
        assertNull(SearchText.tsQuery("证"));
        assertTrue(SearchText.isSingleHan("證"));
        assertNull(SearchText.tsQuery("，。！"));
    }

    @Test
    void quotesInQueriesSeparateWordsAndCannotBreakTheTsQuery() {
        assertEquals("'o':* & 'brien':*", SearchText.tsQuery("O'Brien"));
    }

    @Test
    void aFragmentShowsTheOriginalTextAroundTheMatchWithOffsets() {
        Fragment f = Fragment.find("第一行\n申请人应当向市自然资源局申请办理建设工程规划许可证，并提交材料。", "規劃");
        assertNotNull(f);
        int start = f.highlights().get(0).start();
        assertEquals("规划", f.text().substring(start, f.highlights().get(0).end()));
        assertTrue(f.text().startsWith("申请人"), f.text());
        assertEquals(List.of(), Fragment.find("第一行", "规划") == null ? List.of() : List.of("unexpected"));
    }
}
