package org.rocbap.survey.web.workshop;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.rocbap.survey.shared.text.NaturalOrder;
import org.rocbap.survey.workshop.boundary.WorkshopService;
import org.rocbap.survey.workshop.entity.DatePrecision;
import org.rocbap.survey.workshop.entity.Workshop;

/** Backs {@code workshop/list.xhtml}: the workshops on record, with a warning on suspect dates. */
@Named
@ViewScoped
public class WorkshopListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private WorkshopService workshopService;

    private List<Workshop> workshops;

    @PostConstruct
    void load() {
        // The latest year first, and in a year FY3031-2 before FY3031-10, as people read codes.
        workshops = workshopService.listAll().stream()
                .sorted(Comparator.comparing((Workshop w) -> w.getFiscalYear().label())
                        .reversed()
                        .thenComparing(Workshop::getCode, NaturalOrder.INSTANCE))
                .toList();
    }

    /** Sorts the code column as people read codes. */
    public int compareCodes(Object a, Object b) {
        return NaturalOrder.INSTANCE.compare(String.valueOf(a), String.valueOf(b));
    }

    public List<Workshop> getWorkshops() {
        return workshops;
    }

    /** "Sep 2016" when only the month is known, "7 Aug 2017 - 10 Aug 2017" otherwise. */
    public String dates(Workshop workshop) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        if (workshop.getDatePrecision() == DatePrecision.MONTH) {
            return workshop.getStartDate().format(DateTimeFormatter.ofPattern("MMM yyyy", locale));
        }
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM yyyy", locale);
        return workshop.getStartDate().format(day) + " - "
                + workshop.getEndDate().format(day);
    }

    public String fiscalYearWarning(Workshop workshop) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern =
                faces.getApplication().getResourceBundle(faces, "msg").getString("workshops.outsideFiscalYear");
        return MessageFormat.format(pattern, workshop.getFiscalYear().label());
    }
}
