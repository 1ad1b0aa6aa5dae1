package org.gongkai.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

public class FileTypesTest {

    public static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    /** The start of a Windows executable (MZ header). */
    public static final byte[] EXE = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF };
    static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0 };

    static byte[] zip(String... entries) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (String name : entries) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static Optional<String> type(byte[] content, String name) {
        return FileTypes.detect(content, name).map(FileTypes.FileType::mediaType);
    }

    @Test
    void anExecutableRenamedPdfIsRefused() {
        assertTrue(type(EXE, "通知.pdf").isEmpty());
        assertTrue(type(EXE, "setup.exe").isEmpty());
    }

    @Test
    void aPdfIsAPdfOnlyUnderItsOwnName() {
        assertEquals(Optional.of("application/pdf"), type(PDF, "关于进一步加强政务公开工作的通知.PDF"));
        assertTrue(type(PDF, "通知.docx").isEmpty(), "the name must agree with the content");
        assertTrue(type(PDF, "通知").isEmpty());
    }

    @Test
    void imagesByTheirSignatures() {
        assertEquals(Optional.of("image/png"), type(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0 }, "图解.png"));
        assertEquals(Optional.of("image/jpeg"), type(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 }, "现场.jpeg"));
        assertEquals(Optional.of("image/gif"), type("GIF89a...".getBytes(StandardCharsets.US_ASCII), "a.gif"));
    }

    @Test
    void officeOpenXmlAndOfdByTheirEntries() throws IOException {
        assertEquals(Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                type(zip("[Content_Types].xml", "word/document.xml"), "正文.docx"));
        assertEquals(Optional.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                type(zip("[Content_Types].xml", "xl/workbook.xml"), "预算表.xlsx"));
        assertEquals(Optional.of("application/ofd"), type(zip("OFD.xml", "Doc_0/Document.xml"), "公文.ofd"));
        assertTrue(type(zip("[Content_Types].xml", "xl/workbook.xml"), "预算表.docx").isEmpty());
        assertTrue(type(zip("payload.exe"), "正文.docx").isEmpty(), "a plain archive is no office document");
    }

    @Test
    void legacyOfficeAndWpsFilesByTheirCompoundSignatureAndName() {
        assertEquals(Optional.of("application/msword"), type(OLE2, "旧文件.doc"));
        assertEquals(Optional.of("application/msword"), type(OLE2, "金山文档.wps"));
        assertEquals(Optional.of("application/vnd.ms-excel"), type(OLE2, "表.xls"));
        assertTrue(type(OLE2, "x.pdf").isEmpty());
    }
}
