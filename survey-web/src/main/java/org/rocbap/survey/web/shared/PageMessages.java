package org.rocbap.survey.web.shared;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.component.outputlabel.OutputLabel;
import org.rocbap.survey.shared.persistence.PersistenceFailures;
import org.rocbap.survey.shared.rules.RuleViolation;
import org.rocbap.survey.shared.rules.WorkflowException;

/**
 * Puts the services' verdicts on the page: each broken rule next to the field it concerns (a field
 * named {@code colleaguesShared} is the component {@code form:colleaguesShared}), the rest at the top.
 */
public final class PageMessages {

    private static final Logger LOG = Logger.getLogger(PageMessages.class.getName());

    private PageMessages() {}

    /**
     * Runs a service call for a form: a broken rule goes next to its fields, any other failure says
     * that nothing was saved (the service's transaction rolled back).
     *
     * @return whether the call succeeded
     */
    public static boolean attempt(String formId, Runnable serviceCall) {
        try {
            serviceCall.run();
            return true;
        } catch (WorkflowException e) {
            show(e, formId);
        } catch (EJBException e) {
            PersistenceFailures.conflict(e).ifPresentOrElse(conflict -> show(conflict, formId), () -> {
                if (PersistenceFailures.databaseUnreachable(e)) {
                    LOG.warning(() -> "The database is out of reach: " + e.getMessage());
                    error("error.databaseUnreachable");
                    return;
                }
                LOG.log(Level.SEVERE, "Service call from a page failed", e);
                error("error.notSaved");
            });
        }
        return false;
    }

    public static void show(WorkflowException e, String formId) {
        for (RuleViolation violation : e.violations()) {
            add(violation, formId, FacesMessage.SEVERITY_ERROR);
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** A notice (something still to do), shown as a warning. */
    public static void notice(RuleViolation violation, String formId) {
        add(violation, formId, FacesMessage.SEVERITY_WARN);
    }

    public static void info(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }

    public static void error(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, arguments), null));
        faces.validationFailed();
    }

    /** An error whose text is already in words (e.g. a service's rule message). */
    public static void errorText(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    /** A text of the web bundle, formatted for the viewer's locale. */
    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        return new MessageFormat(pattern, locale()).format(arguments);
    }

    private static void add(RuleViolation violation, String formId, FacesMessage.Severity severity) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = violation.message(locale());
        UIComponent field = violation.field() == null
                ? null
                : faces.getViewRoot().findComponent(":" + formId + ":" + violation.field());
        if (field == null) {
            faces.addMessage(null, new FacesMessage(severity, text, null));
            return;
        }
        faces.addMessage(field.getClientId(faces), new FacesMessage(severity, text, null));
        // Also at the top, so that a message next to a field further down is not missed; there it
        // names the field, since it stands apart from it.
        faces.addMessage(
                null,
                new FacesMessage(
                        severity,
                        labelOf(field).map(label -> label + ": " + text).orElse(text),
                        null));
    }

    /** The visible label of a field: the {@code outputLabel} whose {@code for} names it. */
    private static Optional<String> labelOf(UIComponent field) {
        UIComponent form = field;
        while (form != null && !(form instanceof UIForm)) {
            form = form.getParent();
        }
        return form == null ? Optional.empty() : labelIn(form, field.getId());
    }

    private static Optional<String> labelIn(UIComponent parent, String fieldId) {
        for (UIComponent child : parent.getChildren()) {
            if (child instanceof OutputLabel label && fieldId.equals(label.getFor()) && label.getValue() != null) {
                return Optional.of(label.getValue().toString());
            }
            Optional<String> found = labelIn(child, fieldId);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
