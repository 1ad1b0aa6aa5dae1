package org.gongkai.report;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.report.api.Table3Row;

/**
 * Table 三 placed on the grid of the printed 2021 form (国办公开办函〔2021〕30号), for the print page and the
 * workbook alike. The grid has three header rows (申请人情况 › 自然人 | 法人或其他组织 › its five kinds | 总计) under
 * a corner note, then three columns of row headers before the seven counts: 一, 二 and 四 span all three; 三
 * spans the rows of its outcomes; an outcome without sub-reasons spans two columns, one with sub-reasons spans
 * their rows. The form has no row for an outcome's own sum (its sub-rows add up to it), so the API row that
 * carries it places no cell; it stays in the API and the CSV for machines.
 */
public final class Table3Layout {

    /** The note in the corner of the form, over the row headers. */
    public static final String CORNER = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    public static final int HEADER_ROWS = 3;
    public static final int LABEL_COLUMNS = 3;
    public static final int WIDTH = LABEL_COLUMNS + Table3.WIDTH;

    /**
     * One cell of the grid at its top-left corner.
     *
     * @param scope {@code col}, {@code colgroup} or {@code row} for a header; null for the corner note and the counts
     * @param count the number of a data cell; null for every other cell
     */
    public record Cell(int row, int column, int rowspan, int colspan, String text, String scope, Long count) {

        static Cell header(int row, int column, int rowspan, int colspan, String text, String scope) {
            return new Cell(row, column, rowspan, colspan, text, scope, null);
        }

        public boolean merged() {
            return rowspan > 1 || colspan > 1;
        }

        public int lastRow() {
            return row + rowspan - 1;
        }

        public int lastColumn() {
            return column + colspan - 1;
        }
    }

    private final List<List<Cell>> header;
    private final List<List<Cell>> body;
    private final List<String> keys;

    private Table3Layout(List<List<Cell>> header, List<List<Cell>> body, List<String> keys) {
        this.header = header;
        this.body = body;
        this.keys = keys;
    }

    /** The layout of the API's rows, which come in the form's order (一, 二, 三, （一）… with their sub-rows, （七）, 四). */
    public static Table3Layout of(List<Table3Row> rows) {
        List<List<Cell>> body = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<Cell> pending = new ArrayList<>();
        boolean inSection = false;
        for (int i = 0; i < rows.size(); i++) {
            Table3Row r = rows.get(i);
            int at = HEADER_ROWS + body.size();
            if (r.level() == 0 && r.counts() == null) {
                pending.add(Cell.header(at, 0, Math.max(rowsOfSection(rows, i + 1), 1), 1, r.label(), "row"));
                inSection = true;
                continue;
            }
            if (r.level() == 0) {
                inSection = false;
            }
            if (isSumOfSubRows(rows, i)) {
                pending.add(Cell.header(at, 1, subRows(rows, i), 1, r.label(), "row"));
                continue;
            }
            int column = switch (r.level()) {
                case 0 -> 0;
                case 1 -> inSection ? 1 : 0;
                default -> 2;
            };
            List<Cell> line = new ArrayList<>(pending);
            pending.clear();
            line.add(Cell.header(at, column, 1, LABEL_COLUMNS - column, r.label(), "row"));
            for (int c = 0; c < Table3.WIDTH; c++) {
                long n = r.counts() == null || c >= r.counts().size() ? 0 : r.counts().get(c);
                line.add(new Cell(at, LABEL_COLUMNS + c, 1, 1, Long.toString(n), null, n));
            }
            body.add(List.copyOf(line));
            keys.add(r.key());
        }
        return new Table3Layout(columnHeaders(), List.copyOf(body), List.copyOf(keys));
    }

    /** The three header rows, each with the cells that start in it. */
    public List<List<Cell>> header() {
        return header;
    }

    /** The form's rows under the header, each with the cells that start in it, left to right. */
    public List<List<Cell>> body() {
        return body;
    }

    /** The API key of each body row, in order. */
    public List<String> keys() {
        return keys;
    }

    /** Every cell, header first, row by row. */
    public List<Cell> cells() {
        List<Cell> all = new ArrayList<>();
        header.forEach(all::addAll);
        body.forEach(all::addAll);
        return all;
    }

    private static List<List<Cell>> columnHeaders() {
        List<String> columns = Table3.COLUMNS;
        List<Cell> kinds = new ArrayList<>();
        for (int c = 1; c < Table3.TOTAL; c++) {
            kinds.add(Cell.header(2, LABEL_COLUMNS + c, 1, 1, columns.get(c), "col"));
        }
        return List.of(
                List.of(new Cell(0, 0, HEADER_ROWS, LABEL_COLUMNS, CORNER, null, null),
                        Cell.header(0, LABEL_COLUMNS, 1, Table3.WIDTH, "申请人情况", "colgroup")),
                List.of(Cell.header(1, LABEL_COLUMNS, 2, 1, columns.get(0), "col"),
                        Cell.header(1, LABEL_COLUMNS + 1, 1, Table3.TOTAL - 1, "法人或其他组织", "colgroup"),
                        Cell.header(1, LABEL_COLUMNS + Table3.TOTAL, 2, 1, columns.get(Table3.TOTAL), "col")),
                List.copyOf(kinds));
    }

    private static boolean isSumOfSubRows(List<Table3Row> rows, int i) {
        return rows.get(i).level() == 1 && i + 1 < rows.size() && rows.get(i + 1).level() == 2;
    }

    private static int subRows(List<Table3Row> rows, int i) {
        int n = 0;
        for (int j = i + 1; j < rows.size() && rows.get(j).level() == 2; j++) {
            n++;
        }
        return n;
    }

    /** The rows of the form from {@code from} to the next level-0 row: the API's, less the outcomes' sums. */
    private static int rowsOfSection(List<Table3Row> rows, int from) {
        int n = 0;
        for (int j = from; j < rows.size() && rows.get(j).level() > 0; j++) {
            if (!isSumOfSubRows(rows, j)) {
                n++;
            }
        }
        return n;
    }
}
