package org.rocbap.survey.web.shared;

import jakarta.faces.context.FacesContext;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * Keeps a view's choices (the fiscal year, a filter, the page of a table) in the address bar, as a
 * new entry of the browser's history: a link copied then opens the same view for anyone allowed to
 * see it, and the back button steps back through the choices ({@code survey.js} reloads the page
 * the address names). The pages read the same parameters with {@code f:viewParam}.
 */
public final class ViewAddress {

    private ViewAddress() {}

    /**
     * After an Ajax choice, puts {@code choices} in the address (a {@code null} or empty value takes
     * its parameter out); a full page request already has them there.
     */
    public static void remember(Map<String, String> choices) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null || !faces.getPartialViewContext().isAjaxRequest()) {
            return;
        }
        JsonObjectBuilder json = Json.createObjectBuilder();
        choices.forEach((name, value) -> {
            if (value == null || value.isBlank()) {
                json.addNull(name);
            } else {
                json.add(name, value);
            }
        });
        PrimeFaces.current().executeScript("SurveyView.remember(" + json.build() + ");");
    }

    /** A fiscal year as the address writes it: {@code 2016-17} (no slash to escape). */
    public static String year(String label) {
        return label == null ? null : label.replace('/', '-');
    }
}
