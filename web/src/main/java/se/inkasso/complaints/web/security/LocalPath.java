package se.inkasso.complaints.web.security;

/** Where a login may send the browser afterwards. */
public final class LocalPath {

    private LocalPath() {
    }

    /** Only a path inside this application, else {@code home}: a login link can never send anyone elsewhere. */
    public static String orHome(String next, String home) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\") ? next : home;
    }
}
