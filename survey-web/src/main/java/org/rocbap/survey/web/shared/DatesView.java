package org.rocbap.survey.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.rocbap.survey.shared.text.DisplayDates;

/** Writes dates on the pages the one way the product writes them ({@link DisplayDates}), in the page's language. */
@Named("dates")
@RequestScoped
public class DatesView {

    public String day(LocalDate date) {
        return DisplayDates.day(date, locale());
    }

    public String moment(OffsetDateTime moment) {
        return DisplayDates.moment(moment, locale());
    }

    public String month(LocalDate date) {
        return DisplayDates.month(date, locale());
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
