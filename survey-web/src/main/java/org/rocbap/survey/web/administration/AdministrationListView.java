package org.rocbap.survey.web.administration;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.rocbap.survey.administration.boundary.AdministrationService;
import org.rocbap.survey.administration.entity.Administration;

/** Backs {@code administration/list.xhtml}: the member administrations. */
@Named
@ViewScoped
public class AdministrationListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AdministrationService administrationService;

    private List<Administration> administrations;

    @PostConstruct
    void load() {
        administrations = administrationService.listAll();
    }

    public List<Administration> getAdministrations() {
        return administrations;
    }
}
