package se.inkasso.complaints.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie is {@code Secure} when the request came over TLS (payara-web.xml,
 * {@code cookieSecure=dynamic}), and always when {@code complaints.security.secure-cookies} says
 * so: behind a proxy that ends TLS the application sees plain HTTP, but the browser is on HTTPS
 * and must never send the cookie over anything else.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean secure = ConfigProvider.getConfig()
                .getOptionalValue("complaints.security.secure-cookies", Boolean.class).orElse(false);
        if (secure) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
