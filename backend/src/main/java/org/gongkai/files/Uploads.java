package org.gongkai.files;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import org.gongkai.common.DomainException;

/** An uploaded file checked before it is stored: a plain name, not empty, within the size limit, and of a type its content proves. */
public final class Uploads {

    private static final int MAX_NAME = 200;

    private Uploads() {
    }

    /**
     * @param ownerId  what the file belongs to (a record, a case)
     * @param maxBytes the configured upload limit
     */
    public static StoredFile checked(UUID ownerId, String rawName, byte[] content, long maxBytes, Instant at, String by) {
        String name = fileName(rawName);
        if (content == null || content.length == 0) {
            throw new DomainException.InvalidInput("file", "empty", "The file is empty.");
        }
        if (content.length > maxBytes) {
            throw new DomainException.InvalidInput("file", "too-large", "A file has at most " + maxBytes + " bytes.");
        }
        FileTypes.FileType type = FileTypes.detect(content, name).orElseThrow(() -> new DomainException.UnsupportedFileType("file",
                "The content of '" + name + "' is not a PDF, OFD, PNG, JPEG or GIF image or an office document of the kind its name says."));
        return new StoredFile(UUID.randomUUID(), ownerId, name, type.mediaType(), content.length, sha256(content), content, at, by);
    }

    /** The name as given, without any path, or a 400 naming the parameter. */
    public static String fileName(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new DomainException.InvalidInput("fileName", "required", "'fileName' is required: the file's name with its extension.");
        }
        String name = raw.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (name.isEmpty() || name.length() > MAX_NAME || name.startsWith(".")) {
            throw new DomainException.InvalidInput("fileName", "invalid", "'fileName' must be a file name of at most " + MAX_NAME + " characters.");
        }
        return name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
