package org.gongkai.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.report.api.AnnualReportView;
import org.gongkai.report.api.Table3Row;

/**
 * The report's tables as a workbook, one sheet per table in the layout of the form (table 三's two-level
 * header merged as printed), numbers as numbers so they can be summed.
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

            Sheet t3 = book.createSheet("三、依申请公开");
            text(t3, 0, header, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况");
            text(t3, 1, header, "", "自然人", "法人或其他组织", "", "", "", "", "总计");
            text(t3, 2, header, "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "");
            t3.addMergedRegion(new CellRangeAddress(0, 2, 0, 0));
            t3.addMergedRegion(new CellRangeAddress(0, 0, 1, 7));
            t3.addMergedRegion(new CellRangeAddress(1, 2, 1, 1));
            t3.addMergedRegion(new CellRangeAddress(1, 1, 2, 6));
            t3.addMergedRegion(new CellRangeAddress(1, 2, 7, 7));
            row = 3;
            for (Table3Row x : r.table3()) {
                Row line = t3.createRow(row++);
                line.createCell(0).setCellValue("　".repeat(x.level()) + x.label());
                if (x.counts() != null) {
                    for (int c = 0; c < x.counts().size(); c++) {
                        line.createCell(c + 1).setCellValue(x.counts().get(c));
                    }
                }
            }
            t3.setColumnWidth(0, 48 * 256);

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
