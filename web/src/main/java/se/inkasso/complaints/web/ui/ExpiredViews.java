package se.inkasso.complaints.web.ui;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.ResourceBundle;

/**
 * A page kept open so long that the server no longer holds its state: instead of an error page,
 * the same page opens afresh and says why (a lapsed login is handled before, by the login page).
 */
public class ExpiredViews extends ExceptionHandlerFactory {

    public ExpiredViews(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable thrown = events.next().getContext().getException();
                if (thrown instanceof ViewExpiredException expired) {
                    events.remove();
                    reopen(FacesContext.getCurrentInstance(), expired);
                }
            }
            getWrapped().handle();
        }

        private static void reopen(FacesContext faces, ViewExpiredException expired) {
            ExternalContext external = faces.getExternalContext();
            String referer = external.getRequestHeaderMap().get("Referer");
            String page = referer != null && referer.contains(external.getRequestContextPath() + "/")
                    ? referer : external.getRequestContextPath() + expired.getViewId();
            ResourceBundle texts = ResourceBundle.getBundle("se.inkasso.complaints.web.ui.messages",
                    jakarta.enterprise.inject.spi.CDI.current().select(LanguageSelection.class).get().getLocale(), ExpiredViews.class.getClassLoader());
            external.getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, texts.getString("page.expired"), null));
            try {
                external.redirect(page);
            } catch (IOException e) {
                throw new FacesException(e);
            }
            faces.responseComplete();
        }
    }
}
