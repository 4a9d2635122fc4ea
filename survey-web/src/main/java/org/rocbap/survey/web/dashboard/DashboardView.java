package org.rocbap.survey.web.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.rocbap.survey.administration.boundary.AdministrationService;
import org.rocbap.survey.workshop.boundary.WorkshopService;
import org.rocbap.survey.workshop.entity.Workshop;

/** Backs {@code dashboard/overview.xhtml}: the region-wide figures for the ROCB A/P. */
@Named
@RequestScoped
public class DashboardView {

    @Inject
    private AdministrationService administrationService;

    @Inject
    private WorkshopService workshopService;

    private int administrationCount;
    private List<Workshop> workshops;

    @PostConstruct
    void load() {
        administrationCount = administrationService.listAll().size();
        workshops = workshopService.listAll();
    }

    public int getAdministrationCount() {
        return administrationCount;
    }

    public int getWorkshopCount() {
        return workshops.size();
    }

    public long getFlaggedWorkshopCount() {
        return workshops.stream().filter(Workshop::isOutsideFiscalYear).count();
    }
}
