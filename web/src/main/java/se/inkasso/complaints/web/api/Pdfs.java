package se.inkasso.complaints.web.api;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

/** PDF answers: shown in the browser, never cached by a shared cache (they hold personal data). */
final class Pdfs {

    static final String TYPE = "application/pdf";

    private Pdfs() {
    }

    static Response inline(Object entity, String fileName) {
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoStore(true);
        return Response.ok(entity, TYPE).header("Content-Disposition", "inline; filename=\"" + fileName + "\"")
                .cacheControl(cache).build();
    }
}
