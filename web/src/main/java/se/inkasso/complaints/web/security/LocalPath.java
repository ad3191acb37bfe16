package se.inkasso.complaints.web.security;

import jakarta.servlet.http.HttpServletRequest;

/** Where a login may send the browser afterwards. */
public final class LocalPath {

    private LocalPath() {
    }

    /**
     * The page a form was sent from (a JSF form posts to the view without its parameters, such as
     * the case's reference), as a path inside this application: from the Referer when it names a
     * page of this application at this address, else {@code home}. A Referer elsewhere is never
     * followed: a redirect to it would send the browser wherever a link's author chose.
     */
    public static String pageSeen(HttpServletRequest request, String home) {
        String referer = request.getHeader("Referer");
        String address = request.getRequestURL().toString();
        String application = address.substring(0, address.indexOf(request.getRequestURI())) + request.getContextPath();
        return referer != null && referer.startsWith(application + "/")
                ? orHome(referer.substring(application.length()), home) : home;
    }

    /** Only a path inside this application, else {@code home}: a login link can never send anyone elsewhere. */
    public static String orHome(String next, String home) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\") ? next : home;
    }
}
