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
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rocbap.survey.shared.rules.NotFoundException;
import org.rocbap.survey.shared.security.AccessRefusedException;

/**
 * A failure during an ajax request would otherwise reach the browser as Faces' own error answer,
 * which names the exception's class and is shown to nobody. Here it becomes a message at the top of
 * the page in the user's words (or, once rendering has begun, a fresh load of the page), and only a
 * real fault is logged. Full page requests keep the error pages of web.xml.
 */
public class AjaxFailureHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(AjaxFailureHandler.class.getName());

    public AjaxFailureHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null || !faces.getPartialViewContext().isAjaxRequest()) {
            getWrapped().handle();
            return;
        }
        for (Iterator<ExceptionQueuedEvent> events =
                        getUnhandledExceptionQueuedEvents().iterator();
                events.hasNext(); ) {
            Throwable failure = events.next().getContext().getException();
            events.remove();
            String key = messageKey(failure);
            if (key.equals("error.notSaved")) {
                LOG.log(Level.SEVERE, "Ajax request failed", failure);
            }
            if (faces.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE || faces.getViewRoot() == null) {
                reload(faces);
            } else {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, PageMessages.text(key), null));
                faces.validationFailed();
                faces.getPartialViewContext().getRenderIds().add("messages");
                faces.renderResponse();
            }
        }
        getWrapped().handle();
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

    private static void reload(FacesContext faces) {
        try {
            String home = faces.getExternalContext().getRequestContextPath() + "/";
            faces.getExternalContext().redirect(home);
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
            return new AjaxFailureHandler(getWrapped().getExceptionHandler());
        }
    }
}
