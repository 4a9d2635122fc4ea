package org.rocbap.survey.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages with each message announced from inside its list item: PrimeFaces puts
 * {@code role="alert"} on the {@code <li>} itself, which takes the list item's meaning away, so that
 * screen readers meet a list of non-items (axe: "list", serious). Here the item stays an item and an
 * element within it carries the alert.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(
            ResponseWriter writer, Messages uiMessages, FacesMessage msg, String severity, boolean escape)
            throws IOException {
        super.encodeMessage(new AlertInsideItem(writer), uiMessages, msg, severity, escape);
    }

    /** Moves the item's alert role (and its aria-atomic) to a {@code div} just inside it. */
    private static final class AlertInsideItem extends ResponseWriterWrapper {

        private boolean inItem;
        private boolean alertOpen;

        AlertInsideItem(ResponseWriter writer) {
            super(writer);
        }

        @Override
        public void startElement(String name, UIComponent component) throws IOException {
            openAlertIfPending();
            super.startElement(name, component);
            inItem = "li".equals(name);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if (inItem && ("role".equals(name) || "aria-atomic".equals(name))) {
                return;
            }
            super.writeAttribute(name, value, property);
        }

        @Override
        public void writeText(Object text, String property) throws IOException {
            openAlertIfPending();
            super.writeText(text, property);
        }

        @Override
        public void write(String text) throws IOException {
            openAlertIfPending();
            super.write(text);
        }

        @Override
        public void endElement(String name) throws IOException {
            openAlertIfPending();
            if ("li".equals(name) && alertOpen) {
                super.endElement("div");
                alertOpen = false;
            }
            super.endElement(name);
        }

        private void openAlertIfPending() throws IOException {
            if (inItem) {
                inItem = false;
                super.startElement("div", null);
                super.writeAttribute("role", "alert", null);
                super.writeAttribute("aria-atomic", "true", null);
                alertOpen = true;
            }
        }
    }
}
