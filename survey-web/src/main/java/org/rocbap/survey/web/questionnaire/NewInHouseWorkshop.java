package org.rocbap.survey.web.questionnaire;

import java.io.Serializable;
import java.time.LocalDate;

/** The inputs of the "record an in-house workshop" section of the reply page. */
public class NewInHouseWorkshop implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate date;
    private String title;
    private Integer attendees;
    private String organiser;
    private String materials;

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Integer getAttendees() {
        return attendees;
    }

    public void setAttendees(Integer attendees) {
        this.attendees = attendees;
    }

    public String getOrganiser() {
        return organiser;
    }

    public void setOrganiser(String organiser) {
        this.organiser = organiser;
    }

    public String getMaterials() {
        return materials;
    }

    public void setMaterials(String materials) {
        this.materials = materials;
    }
}
