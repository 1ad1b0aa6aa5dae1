package org.gongkai.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.report.api.AnnualReportView;

/**
 * The report's tables as a workbook, one sheet per table in the layout of the form (table 三 with every
 * header and row header merged as printed, from {@link Table3Layout}), numbers as numbers so they can be summed.
 */
public final class ReportXlsx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ReportXlsx() {
    }

    public static byte[] of(AnnualReportView r) {
        try (var book = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            CellStyle header = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setWrapText(true);

            Sheet t2 = book.createSheet("二、主动公开");
            text(t2, 0, header, r.title());
            text(t2, 1, header, "信息内容", "本年制发件数", "本年废止件数", "现行有效件数");
            int row = 2;
            for (var d : r.table2Documents()) {
                numbers(t2.createRow(row++), d.label(), d.issued(), d.repealed(), d.inForce());
            }
            row++;
            text(t2, row++, header, "信息内容", "数量", "来源");
            for (var e : r.table2Entered()) {
                Row x = t2.createRow(row++);
                x.createCell(0).setCellValue(e.label());
                if (e.value() != null) {
                    x.createCell(1).setCellValue(e.value().doubleValue());
                }
                x.createCell(2).setCellValue(e.entered() ? "部门填报" : "未填报");
            }
            t2.setColumnWidth(0, 60 * 256);

            table3(book.createSheet("三、依申请公开"), Table3Layout.of(r.table3()), formCell(book, header), formCell(book, book.createCellStyle()));

            Sheet t4 = book.createSheet("四、复议诉讼");
            text(t4, 0, header, "类别", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
            row = 1;
            for (var t : r.table4()) {
                numbers(t4.createRow(row++), t.label(), t.upheld(), t.corrected(), t.other(), t.pending(), t.total());
            }
            t4.setColumnWidth(0, 30 * 256);

            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Table 三 cell for cell as on the form: every span merged, ruled like the paper, landscape on one page wide. */
    private static void table3(Sheet sheet, Table3Layout layout, CellStyle label, CellStyle number) {
        for (Table3Layout.Cell c : layout.cells()) {
            for (int r = c.row(); r <= c.lastRow(); r++) {
                Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
                for (int k = c.column(); k <= c.lastColumn(); k++) {
                    // the border of a merged region is drawn by the cells it covers, so each gets the style
                    row.createCell(k).setCellStyle(c.count() == null ? label : number);
                }
            }
            Cell first = sheet.getRow(c.row()).getCell(c.column());
            if (c.count() != null) {
                first.setCellValue(c.count());
            } else {
                first.setCellValue(c.text());
            }
            if (c.merged()) {
                sheet.addMergedRegion(new CellRangeAddress(c.row(), c.lastRow(), c.column(), c.lastColumn()));
            }
        }
        sheet.setColumnWidth(0, 14 * 256);
        sheet.setColumnWidth(1, 16 * 256);
        sheet.setColumnWidth(2, 36 * 256);
        for (int k = Table3Layout.LABEL_COLUMNS; k < Table3Layout.WIDTH; k++) {
            sheet.setColumnWidth(k, 10 * 256);
        }
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setRepeatingRows(new CellRangeAddress(0, Table3Layout.HEADER_ROWS - 1, -1, -1));
    }

    private static CellStyle formCell(XSSFWorkbook book, CellStyle base) {
        CellStyle style = book.createCellStyle();
        style.cloneStyleFrom(base);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(true);
        return style;
    }

    private static void text(Sheet sheet, int rowIndex, CellStyle style, String... cells) {
        Row row = sheet.createRow(rowIndex);
        for (int i = 0; i < cells.length; i++) {
            var cell = row.createCell(i);
            cell.setCellValue(cells[i]);
            cell.setCellStyle(style);
        }
    }

    private static void numbers(Row row, String label, long... values) {
        row.createCell(0).setCellValue(label);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i + 1).setCellValue(values[i]);
        }
    }
}
