package org.gongkai.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HtmlBodyTest {

    @Test
    void scriptsEventHandlersAndJavascriptLinksAreRemoved() {
        String dirty = "<p onclick=\"steal()\">正文<script>alert(1)</script></p>"
                + "<a href=\"javascript:alert(2)\">链接</a><img src=\"x\" onerror=\"alert(3)\"><iframe src=\"https://evil\"></iframe>"
                + "<style>body{display:none}</style><a href=\"https://www.hld.gov.cn/\">政府网站</a>";
        String clean = HtmlBody.clean(dirty);
        assertFalse(clean.contains("script"), clean);
        assertFalse(clean.contains("onclick"), clean);
        assertFalse(clean.contains("onerror"), clean);
        assertFalse(clean.contains("javascript:"), clean);
        assertFalse(clean.contains("iframe"), clean);
        assertFalse(clean.contains("style"), clean);
        assertTrue(clean.contains("<a href=\"https://www.hld.gov.cn/\">政府网站</a>"), clean);
        assertTrue(clean.contains("<p>正文</p>"), clean);
    }

    @Test
    void tablesAndHeadingsOfOfficeDocumentsStay() {
        String html = "<h2>一、总体情况</h2><table><tbody><tr><th>项目</th><td align=\"right\">356.42</td></tr></tbody></table>";
        assertEquals(html, HtmlBody.clean(html));
    }

    @Test
    void blankMeansNoTextAtAll() {
        assertTrue(HtmlBody.isBlank("<p> </p><br>"));
        assertFalse(HtmlBody.isBlank("<p>字</p>"));
    }
}
