package org.gongkai.files;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;


/** A stored file as a download: its type, its name for saving (any script), and its hash as a strong ETag. */
public final class Downloads {

    private Downloads() {
    }

    public static Response of(Request request, StoredFile file, boolean publicFile) {
        EntityTag tag = new EntityTag(file.sha256());
        CacheControl cache = new CacheControl();
        if (publicFile) {
            // a stored file never changes: its id names these bytes for good
            cache.setMaxAge(86_400);
        } else {
            cache.setPrivate(true);
            cache.setNoCache(true);
        }
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(cache).build();
        }
        return Response.ok(file.content(), file.mediaType()).tag(tag).cacheControl(cache)
                .header("Content-Disposition", disposition(file.fileName()))
                .header("Content-Length", file.size()).build();
    }

    /** RFC 6266: an ASCII fallback name and the real one in UTF-8 (RFC 5987). */
    static String disposition(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
