package org.gongkai.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What a file is, told by its content, never by its name: an executable renamed {@code .pdf} is not a
 * PDF. The types a disclosure record or an application carries — PDF, OFD (GB/T 33190, the national
 * e-document format), PNG / JPEG / GIF images, Office Open XML and legacy (OLE2) office and WPS files —
 * each by its signature, and the ZIP-based ones by the entries that make them what they are. (A general
 * detector such as Tika's core tells a .docx only as a ZIP without its container parsers, which bring
 * dozens of parsers along; these signatures are the whole of what is needed.) Pure logic, tested directly.
 */
public final class FileTypes {

    /** An accepted type: its media type and the file name extensions it may carry. */
    public record FileType(String mediaType, List<String> extensions) {
    }

    private static final FileType PDF = new FileType("application/pdf", List.of("pdf"));
    private static final FileType OFD = new FileType("application/ofd", List.of("ofd"));
    private static final FileType PNG = new FileType("image/png", List.of("png"));
    private static final FileType JPEG = new FileType("image/jpeg", List.of("jpg", "jpeg"));
    private static final FileType GIF = new FileType("image/gif", List.of("gif"));
    private static final FileType DOCX = new FileType("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx"));
    private static final FileType XLSX = new FileType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx"));
    private static final FileType PPTX = new FileType("application/vnd.openxmlformats-officedocument.presentationml.presentation", List.of("pptx"));
    private static final FileType DOC = new FileType("application/msword", List.of("doc", "wps"));
    private static final FileType XLS = new FileType("application/vnd.ms-excel", List.of("xls", "et"));
    private static final FileType PPT = new FileType("application/vnd.ms-powerpoint", List.of("ppt", "dps"));

    private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
    private static final int MAX_ZIP_ENTRIES = 5_000;

    private FileTypes() {
    }

    /** The accepted type of this content named so, or empty when the content is not one or the name says otherwise. */
    public static Optional<FileType> detect(byte[] content, String fileName) {
        String extension = extension(fileName);
        return bySignature(content, extension).filter(type -> type.extensions().contains(extension));
    }

    /** The extension of a file name, lower case, or "" when it has none. */
    public static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static Optional<FileType> bySignature(byte[] c, String extension) {
        if (startsWith(c, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(c, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A })) {
            return Optional.of(PNG);
        }
        if (startsWith(c, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
            return Optional.of(JPEG);
        }
        if (startsWith(c, "GIF87a".getBytes(StandardCharsets.US_ASCII)) || startsWith(c, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(GIF);
        }
        if (startsWith(c, OLE2)) {
            // a compound file is told apart only by its streams; its name says which application wrote it
            return List.of(DOC, XLS, PPT).stream().filter(t -> t.extensions().contains(extension)).findFirst();
        }
        if (startsWith(c, new byte[] { 'P', 'K', 0x03, 0x04 })) {
            return zipBased(c);
        }
        return Optional.empty();
    }

    private static Optional<FileType> zipBased(byte[] c) {
        Set<String> names = new HashSet<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(c))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null && names.size() < MAX_ZIP_ENTRIES) {
                names.add(entry.getName());
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        if (names.contains("OFD.xml")) {
            return Optional.of(OFD);
        }
        if (!names.contains("[Content_Types].xml")) {
            return Optional.empty();
        }
        if (names.contains("word/document.xml")) {
            return Optional.of(DOCX);
        }
        if (names.contains("xl/workbook.xml")) {
            return Optional.of(XLSX);
        }
        if (names.contains("ppt/presentation.xml")) {
            return Optional.of(PPTX);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
