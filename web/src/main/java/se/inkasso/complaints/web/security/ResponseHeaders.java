package se.inkasso.complaints.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every answer carries: the browser takes each answer as the type it says it is
 * (nosniff) and tells other sites nothing of the address it came from; no cache keeps a copy of
 * the API's answers, which are personal (a debtor's document carries its own, stricter header);
 * no plugin, no other base address and no framing by another site. Scripts have their own policy,
 * with a nonce per page, from PrimeFaces ({@code primefaces.CSP} in web.xml); a browser applies
 * both policies.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class ResponseHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String POLICY = "object-src 'none'; base-uri 'self'; frame-ancestors 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.addHeader("Content-Security-Policy", POLICY);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
