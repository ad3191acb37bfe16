package se.inkasso.complaints.web.api;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import se.inkasso.complaints.intake.boundary.Document;

/**
 * A debtor's document as a download: the media type read from its content when it arrived, never
 * sniffed again by the browser, never kept by a shared cache (it holds personal data).
 */
final class Documents {

    private Documents() {
    }

    static Response download(Document attachment) {
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoStore(true);
        String name = URLEncoder.encode(attachment.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(attachment.content(), attachment.mediaType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + name)
                .header("X-Content-Type-Options", "nosniff").cacheControl(cache).build();
    }
}
