package org.rocbap.survey.web.shared;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.RequestDispatcher;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rocbap.survey.shared.rules.NotFoundException;
import org.rocbap.survey.shared.security.AccessRefusedException;

/**
 * A failure during an ajax request would otherwise reach the browser as Faces' own error answer,
 * which names the exception's class and is shown to nobody. Here it becomes a message at the top of
 * the page in the user's words (or, once rendering has begun, a fresh load of the home page; when the
 * page's state is gone, expired or forged, the expired page), and only a real fault is logged.
 *
 * <p>A full page that asks for a record that does not exist, or that the caller may not see, is
 * answered with the error page of its status (404 or 403, from web.xml) directly: thrown on to the
 * container, it would be logged as a server error although nothing failed.
 */
public class PageFailureHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(PageFailureHandler.class.getName());

    public PageFailureHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            getWrapped().handle();
        } else if (faces.getPartialViewContext().isAjaxRequest()) {
            handleAjax(faces);
            getWrapped().handle();
        } else {
            answerRefusalsWithTheirErrorPage(faces);
            getWrapped().handle();
        }
    }

    private void handleAjax(FacesContext faces) {
        for (Iterator<ExceptionQueuedEvent> events =
                        getUnhandledExceptionQueuedEvents().iterator();
                events.hasNext(); ) {
            Throwable failure = events.next().getContext().getException();
            events.remove();
            String key = messageKey(failure);
            if (key.equals("error.notSaved")) {
                LOG.log(Level.SEVERE, "Ajax request failed", failure);
            }
            if (key.equals("error.viewExpired")) {
                // The page's state is gone (expired, forged, or of an ended session): nothing on it can be used.
                reload(faces, "/expired.xhtml");
            } else if (faces.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE || faces.getViewRoot() == null) {
                reload(faces, "/");
            } else {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, PageMessages.text(key), null));
                faces.validationFailed();
                faces.getPartialViewContext().getRenderIds().add("messages");
                faces.renderResponse();
            }
        }
    }

    private void answerRefusalsWithTheirErrorPage(FacesContext faces) {
        for (Iterator<ExceptionQueuedEvent> events =
                        getUnhandledExceptionQueuedEvents().iterator();
                events.hasNext(); ) {
            Throwable failure = events.next().getContext().getException();
            String key = messageKey(failure);
            int status = key.equals("error.404.text") ? 404 : key.equals("error.403.text") ? 403 : 0;
            if (status == 0 || faces.getExternalContext().isResponseCommitted()) {
                continue;
            }
            events.remove();
            try {
                // The error page audits a refusal from the exception, as for one the container maps.
                faces.getExternalContext().getRequestMap().put(RequestDispatcher.ERROR_EXCEPTION, failure);
                faces.getExternalContext().responseSendError(status, null);
                faces.responseComplete();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not answer a refused page with its error page", e);
            }
        }
    }

    private static String messageKey(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AccessRefusedException || cause instanceof EJBAccessException) {
                return "error.403.text";
            }
            if (cause instanceof NotFoundException) {
                return "error.404.text";
            }
            if (cause instanceof ViewExpiredException) {
                return "error.viewExpired";
            }
        }
        return "error.notSaved";
    }

    private static void reload(FacesContext faces, String page) {
        try {
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + page);
            faces.responseComplete();
        } catch (IOException | IllegalStateException e) {
            LOG.log(Level.WARNING, "Could not send the browser home after a failed ajax request", e);
        }
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new PageFailureHandler(getWrapped().getExceptionHandler());
        }
    }
}
