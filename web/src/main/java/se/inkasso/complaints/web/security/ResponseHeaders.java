package se.inkasso.complaints.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * Headers every answer carries: the browser takes each answer as the type it says it is
 * (nosniff) and tells other sites nothing of the address it came from; no cache, not even the
 * browser's, keeps a copy of what is personal: the API's answers, the staff pages and the
 * debtor's own pages (a debtor's document carries its own, stricter header);
 * no plugin, no other base address and no framing by another site. Scripts have their own policy,
 * with a nonce per page, from PrimeFaces ({@code primefaces.CSP} in web.xml); a browser applies
 * both policies.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class ResponseHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** The API's answers, the staff pages and the debtor's own pages: nothing of them is kept anywhere. */
    private static final List<String> PERSONAL = List.of("/api/", "/staff/", "/portal/my/");
    /**
     * The filing's steps are one form posted step by step: with no copy at all, the back button
     * would show the browser's "confirm form resubmission" error instead of the step before. Its
     * pages are kept only in the debtor's own browser, and shown again only by its back button.
     */
    private static final String FILING = "/portal/my/file.xhtml";
    private static final String POLICY = "object-src 'none'; base-uri 'self'; frame-ancestors 'self'";

    /**
     * Whether the browser keeps no copy of the page at {@code path}: a form on such a page that
     * answers without a redirect would leave the back button with nothing but the browser's
     * "confirm form resubmission" error.
     */
    public static boolean isKeptNowhere(String path) {
        return !path.equals(FILING) && PERSONAL.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.addHeader("Content-Security-Policy", POLICY);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals(FILING)) {
            response.setHeader("Cache-Control", "private, no-cache");
        } else if (isKeptNowhere(path)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
