package org.gongkai.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.gongkai.application.ApplicantType;
import org.gongkai.application.OrganisationKind;
import org.gongkai.application.Outcome;
import org.gongkai.application.OutcomeReason;
import org.gongkai.report.Table3Layout.Cell;
import org.gongkai.report.api.Table3Row;
import org.junit.jupiter.api.Test;

class Table3LayoutTest {

    private static final List<Table3.Case> CASES = List.of(
            new Table3.Case(ApplicantType.NATURAL_PERSON, null, LocalDate.parse("2017-03-01"), LocalDate.parse("2017-03-20"), Outcome.NOT_DISCLOSED,
                    OutcomeReason.STATE_SECRET),
            new Table3.Case(ApplicantType.ORGANISATION, OrganisationKind.COMMERCIAL, LocalDate.parse("2017-04-01"), LocalDate.parse("2017-04-20"),
                    Outcome.NOT_DISCLOSED, OutcomeReason.STATE_SECRET),
            new Table3.Case(ApplicantType.ORGANISATION, OrganisationKind.LEGAL_SERVICE, LocalDate.parse("2017-05-01"), LocalDate.parse("2017-05-10"),
                    Outcome.DISCLOSED, null));

    private final Table3Layout layout = Table3Layout.of(Table3.compute(CASES, 2017).stream()
            .map(r -> new Table3Row(r.key(), r.label(), r.level(), r.counts() == null ? null : Arrays.stream(r.counts()).boxed().toList())).toList());

    @Test
    void theFormHas25RowsAndNoneForTheHeadingNorForAnOutcomesSumOfItsSubReasons() {
        assertEquals(25, layout.body().size());
        assertEquals(List.of("received", "carriedIn", "DISCLOSED", "PARTLY_DISCLOSED", "NOT_DISCLOSED.STATE_SECRET"), layout.keys().subList(0, 5));
        for (String sum : List.of("results", "NOT_DISCLOSED", "UNABLE_TO_PROVIDE", "NOT_PROCESSED", "OTHER")) {
            assertFalse(layout.keys().contains(sum), sum);
        }
        assertEquals(List.of("OTHER.OTHER", "handled", "carriedOut"), layout.keys().subList(22, 25));
    }

    @Test
    void theRowHeadersSpanAsOnTheForm() {
        assertEquals("一、本年新收政府信息公开申请数量 3,0 1x3", span(label("一、")));
        assertEquals("三、本年度办理结果 5,0 22x1", span(label("三、")));
        assertEquals("（一）予以公开 5,1 1x2", span(label("（一）")));
        assertEquals("（三）不予公开 7,1 8x1", span(label("（三）")));
        assertEquals("1.属于国家秘密 7,2 1x1", span(cellAt(7, 2)));
        assertEquals("（四）无法提供 15,1 3x1", span(label("（四）")));
        assertEquals("（五）不予处理 18,1 5x1", span(label("（五）")));
        assertEquals("（六）其他处理 23,1 3x1", span(label("（六）")));
        assertEquals("（七）总计 26,1 1x2", span(label("（七）")));
        assertEquals("四、结转下年度继续办理 27,0 1x3", span(label("四、")));
    }

    @Test
    void theHeaderIsTheFormsThreeRowsUnderTheCornerNote() {
        assertEquals(List.of(
                List.of(Table3Layout.CORNER + " 0,0 3x3", "申请人情况 0,3 1x7"),
                List.of("自然人 1,3 2x1", "法人或其他组织 1,4 1x5", "总计 1,9 2x1"),
                List.of("商业企业 2,4 1x1", "科研机构 2,5 1x1", "社会公益组织 2,6 1x1", "法律服务机构 2,7 1x1", "其他 2,8 1x1")),
                layout.header().stream().map(r -> r.stream().map(Table3LayoutTest::span).toList()).toList());
        assertEquals("colgroup", cellAt(1, 4).scope());
        assertNull(cellAt(0, 0).scope(), "the corner is a note, not a header");
    }

    @Test
    void everyCellOfTheGridIsCoveredExactlyOnce() {
        int rows = Table3Layout.HEADER_ROWS + layout.body().size();
        int[][] covered = new int[rows][Table3Layout.WIDTH];
        for (Cell c : layout.cells()) {
            for (int r = c.row(); r <= c.lastRow(); r++) {
                for (int k = c.column(); k <= c.lastColumn(); k++) {
                    covered[r][k]++;
                }
            }
        }
        for (int r = 0; r < rows; r++) {
            int row = r;
            assertTrue(Arrays.stream(covered[r]).allMatch(n -> n == 1), () -> "row " + row + ": " + Arrays.toString(covered[row]));
        }
    }

    @Test
    void theCountsSitUnderTheirColumnsAndTheOutcomesSumIsNotAmongThem() {
        // two 属于国家秘密: one resident, one business
        assertEquals(List.of(1L, 1L, 0L, 0L, 0L, 0L, 2L), layout.body().get(4).stream().filter(c -> c.count() != null).map(Cell::count).toList());
        assertEquals(3L, cellAt(26, 9).count(), "（七）总计, 总计");
        assertEquals(1L, cellAt(5, 7).count(), "（一）予以公开, 法律服务机构");
        assertEquals(Table3.WIDTH * 25L, layout.cells().stream().filter(c -> c.count() != null).count());
    }

    private Cell label(String prefix) {
        return layout.cells().stream().filter(c -> c.text().startsWith(prefix) && c.scope() != null).findFirst().orElseThrow();
    }

    private Cell cellAt(int row, int column) {
        return layout.cells().stream().filter(c -> c.row() == row && c.column() == column).findFirst().orElseThrow();
    }

    private static String span(Cell c) {
        return c.text() + " " + c.row() + "," + c.column() + " " + c.rowspan() + "x" + c.colspan();
    }
}
