package se.inkasso.complaints.web.ui;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.Iterator;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.inkasso.complaints.web.security.LocalPath;

/**
 * What goes wrong with a page before the application sees it, answered as a person can act on it:
 * a page kept open so long that the server no longer holds its state, or whose state cannot be
 * restored (a forged or foreign form), opens afresh and says why (a lapsed login is handled before,
 * by the login page); a form sent to a page that does not exist is sent on to that address, where
 * the not-found page answers; and any other failure of a form or an AJAX request (an upload far
 * over the limit, say) opens the page afresh with a message saying nothing was saved, where JSF
 * would answer with the exception's class name. Each of them goes on by a redirect: an error page
 * rendered within a form's request has no nonce for its scripts (the Content-Security-Policy).
 */
public class ExpiredViews extends ExceptionHandlerFactory {

    private static final Logger LOG = Logger.getLogger(ExpiredViews.class.getName());

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
            FacesContext faces = FacesContext.getCurrentInstance();
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                ExceptionQueuedEventContext event = events.next().getContext();
                Throwable thrown = event.getException();
                String viewId = faces.getExternalContext().getRequestServletPath();
                if (thrown instanceof ViewExpiredException expired) {
                    events.remove();
                    reopen(faces, expired.getViewId(), "page.expired");
                } else if (causedBy(thrown, FileNotFoundException.class)) {
                    events.remove();
                    redirect(faces, faces.getExternalContext().getRequestContextPath() + viewId);
                } else if (event.getPhaseId() == PhaseId.RESTORE_VIEW) {
                    events.remove();
                    reopen(faces, viewId, "page.expired");
                } else if (faces.isPostback() && !faces.getResponseComplete()) {
                    events.remove();
                    LOG.log(Level.SEVERE, "A form sent to " + viewId + " failed", thrown);
                    reopen(faces, viewId, "page.failed");
                }
            }
            getWrapped().handle();
        }

        private static boolean causedBy(Throwable thrown, Class<? extends Throwable> kind) {
            for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
                if (kind.isInstance(cause)) {
                    return true;
                }
            }
            return false;
        }

        private static void redirect(FacesContext faces, String page) {
            try {
                faces.getExternalContext().redirect(page);
            } catch (IOException e) {
                throw new FacesException(e);
            }
            faces.responseComplete();
        }

        private static void reopen(FacesContext faces, String viewId, String messageKey) {
            ExternalContext external = faces.getExternalContext();
            String page = external.getRequestContextPath()
                    + LocalPath.pageSeen((HttpServletRequest) external.getRequest(), viewId);
            ResourceBundle texts = ResourceBundle.getBundle("se.inkasso.complaints.web.ui.messages",
                    CDI.current().select(LanguageSelection.class).get().getLocale(), ExpiredViews.class.getClassLoader());
            external.getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, texts.getString(messageKey), null));
            redirect(faces, page);
        }
    }
}
