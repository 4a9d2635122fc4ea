package org.rocbap.survey.web.workshop;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.rocbap.survey.administration.boundary.AdministrationService;
import org.rocbap.survey.administration.entity.Administration;
import org.rocbap.survey.participation.boundary.ParticipantService;
import org.rocbap.survey.participation.boundary.ParticipantService.ParticipantRow;
import org.rocbap.survey.participation.entity.Participant;
import org.rocbap.survey.shared.rules.RuleViolation;
import org.rocbap.survey.shared.rules.WorkflowException;
import org.rocbap.survey.web.shared.PageMessages;
import org.rocbap.survey.workshop.boundary.WorkshopService;
import org.rocbap.survey.workshop.boundary.WorkshopService.SavedWorkshop;
import org.rocbap.survey.workshop.boundary.WorkshopService.WorkshopDetails;
import org.rocbap.survey.workshop.entity.Workshop;

/**
 * Backs {@code workshop/edit.xhtml}: ROCB A/P staff create or change a workshop and manage its
 * participants, one by one or from a spreadsheet.
 */
@Named
@ViewScoped
public class WorkshopEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private WorkshopService workshopService;

    @Inject
    private ParticipantService participantService;

    @Inject
    private AdministrationService administrationService;

    private String code;
    private Long loadedVersion;
    private boolean existing;
    private String title;
    private String fiscalYear;
    private LocalDate startDate;
    private LocalDate endDate;
    private String venue;
    private boolean accreditation;
    private List<Participant> participants = List.of();
    private List<Administration> administrations;
    private String newAdministration;
    private String newName;
    private String newEmail;
    private transient Part spreadsheet;

    public void load() {
        administrations = administrationService.listAll();
        if (code != null && !code.isBlank()) {
            show(workshopService.findByCode(code));
        }
    }

    private void show(Workshop w) {
        existing = true;
        code = w.getCode();
        loadedVersion = w.getVersion();
        title = w.getTitle();
        fiscalYear = w.getFiscalYear().label();
        startDate = w.getStartDate();
        endDate = w.getEndDate();
        venue = w.getVenue();
        accreditation = w.isAccreditation();
        participants = participantService.listAllOfWorkshop(code);
    }

    public void save() {
        WorkshopDetails details =
                new WorkshopDetails(code, title, fiscalYear, startDate, endDate, venue, accreditation);
        PageMessages.attempt("workshop", () -> {
            SavedWorkshop saved = existing
                    ? workshopService.updateWorkshop(code, loadedVersion, details)
                    : workshopService.createWorkshop(details);
            show(saved.workshop());
            PageMessages.info("workshop.saved", code);
            saved.notices().forEach(n -> PageMessages.notice(n, "workshop"));
        });
    }

    public void addParticipant() {
        PageMessages.attempt("participants", () -> {
            Participant p = participantService.addParticipant(code, newAdministration, newName, newEmail, null);
            PageMessages.info("workshop.participantAdded", p.getName());
            newName = null;
            newEmail = null;
            participants = participantService.listAllOfWorkshop(code);
        });
    }

    public void importSpreadsheet() {
        if (spreadsheet == null || spreadsheet.getSize() == 0) {
            PageMessages.error("workshop.importChooseFile");
            return;
        }
        List<ParticipantRow> rows;
        try (InputStream in = spreadsheet.getInputStream()) {
            rows = ParticipantSpreadsheet.read(in);
        } catch (IOException | RuntimeException e) {
            // POI reports a file that is no workbook (or a damaged one) with unchecked exceptions too.
            PageMessages.error("workshop.importUnreadable", spreadsheet.getSubmittedFileName());
            return;
        }
        try {
            int added = participantService.importParticipants(code, rows).size();
            participants = participantService.listAllOfWorkshop(code);
            PageMessages.info("workshop.imported", added);
        } catch (WorkflowException e) {
            PageMessages.error("workshop.importRefused", e.violations().size());
            for (RuleViolation v : e.violations()) {
                PageMessages.errorText(v.message());
            }
        } catch (EJBException e) {
            PageMessages.error("error.notSaved");
        }
    }

    public boolean isExisting() {
        return existing;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getFiscalYear() {
        return fiscalYear;
    }

    public void setFiscalYear(String fiscalYear) {
        this.fiscalYear = fiscalYear;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public boolean isAccreditation() {
        return accreditation;
    }

    public void setAccreditation(boolean accreditation) {
        this.accreditation = accreditation;
    }

    public List<Participant> getParticipants() {
        return participants;
    }

    public List<Administration> getAdministrations() {
        return administrations;
    }

    public String getNewAdministration() {
        return newAdministration;
    }

    public void setNewAdministration(String newAdministration) {
        this.newAdministration = newAdministration;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public Part getSpreadsheet() {
        return spreadsheet;
    }

    public void setSpreadsheet(Part spreadsheet) {
        this.spreadsheet = spreadsheet;
    }
}
