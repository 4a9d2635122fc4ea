package org.rocbap.survey.web.workshop;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.rocbap.survey.shared.text.DisplayDates;
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

    private List<Workshop> all;
    private List<Workshop> workshops;
    private List<String> fiscalYears;

    /** The year shown, e.g. "2016/17"; {@code null} for every year. */
    private String fiscalYear;

    @PostConstruct
    void load() {
        // The latest year first, and in a year FY3031-2 before FY3031-10, as people read codes.
        all = workshopService.listAll().stream()
                .sorted(Comparator.comparing((Workshop w) -> w.getFiscalYear().label())
                        .reversed()
                        .thenComparing(Workshop::getCode, NaturalOrder.INSTANCE))
                .toList();
        fiscalYears =
                all.stream().map(w -> w.getFiscalYear().label()).distinct().toList();
        select();
    }

    /** Shows the chosen year's workshops, or every year's. */
    public void select() {
        workshops = fiscalYear == null
                ? all
                : all.stream()
                        .filter(w -> w.getFiscalYear().label().equals(fiscalYear))
                        .toList();
    }

    /** Sorts the code column as people read codes. */
    public int compareCodes(Object a, Object b) {
        return NaturalOrder.INSTANCE.compare(String.valueOf(a), String.valueOf(b));
    }

    public List<Workshop> getWorkshops() {
        return workshops;
    }

    /** Whether no workshop is on record at all (rather than none in the chosen year). */
    public boolean isNoneOnRecord() {
        return all.isEmpty();
    }

    public List<String> getFiscalYears() {
        return fiscalYears;
    }

    public String getFiscalYear() {
        return fiscalYear;
    }

    public void setFiscalYear(String fiscalYear) {
        this.fiscalYear = fiscalYear;
    }

    /** "Sep 2016" when only the month is known, "7 Aug 2017 - 10 Aug 2017" otherwise. */
    public String dates(Workshop workshop) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        if (workshop.getDatePrecision() == DatePrecision.MONTH) {
            return DisplayDates.month(workshop.getStartDate(), locale);
        }
        return DisplayDates.day(workshop.getStartDate(), locale) + " - "
                + DisplayDates.day(workshop.getEndDate(), locale);
    }

    public String fiscalYearWarning(Workshop workshop) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern =
                faces.getApplication().getResourceBundle(faces, "msg").getString("workshops.outsideFiscalYear");
        return MessageFormat.format(pattern, workshop.getFiscalYear().label());
    }
}
