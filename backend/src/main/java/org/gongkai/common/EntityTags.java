package org.gongkai.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/** ETags: strong tags for versions of editable things, content hashes for public reads. */
public final class EntityTags {

    private EntityTags() {
    }

    /** The tag of an editable thing at a lock version, e.g. {@code "7"}. */
    public static String ofVersion(long lockVersion) {
        return "\"" + lockVersion + "\"";
    }

    /** A 200 with the body of an editable thing and its version as the ETag, for the next If-Match. */
    public static Response versioned(Object body, long lockVersion) {
        return Response.ok(body).tag(parse(ofVersion(lockVersion))).build();
    }

    public static EntityTag parse(String header) {
        String value = header.strip();
        boolean weak = value.startsWith("W/");
        if (weak) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        return new EntityTag(value, weak);
    }

    /** The lock version an If-Match header names; 428 when absent, 412 when it is not one of ours. */
    public static long requireVersion(String ifMatch, long currentLockVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new DomainException.PreconditionRequired();
        }
        try {
            EntityTag tag = parse(ifMatch);
            if (!tag.isWeak() && Long.parseLong(tag.getValue()) == currentLockVersion) {
                return currentLockVersion;
            }
        } catch (NumberFormatException e) {
            // not a tag this API issued: treated like a stale one below
        }
        throw new DomainException.StaleVersion(ofVersion(currentLockVersion));
    }

    static String hash(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
