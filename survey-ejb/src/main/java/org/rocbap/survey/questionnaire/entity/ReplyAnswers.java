package org.rocbap.survey.questionnaire.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a participant answered, question by question, as in the appendix of the Good Practice Report.
 * The one shape of the answers from the questionnaire page (which binds it) and the API (which reads
 * and writes it as JSON) to the columns of {@code reply}: a new question is a field here, a column in
 * a migration and a label on the page.
 */
@Embeddable
public class ReplyAnswers implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Q1: shared the training materials. */
    @Column(name = "shared_materials")
    private boolean sharedMaterials;

    /** Q1: with how many colleagues. */
    @Column(name = "colleagues_shared")
    private Integer colleaguesShared;

    /** Q1: submitted a mission report to superiors. */
    @Column(name = "submitted_report")
    private boolean submittedReport;

    /** Q1: made recommendations to management. */
    @Column(name = "made_recommendations")
    private boolean recommendations;

    /** Q1: organised an in-house workshop to cascade the lessons. */
    @Column(name = "in_house_workshop")
    private boolean inHouseWorkshop;

    /** Q1: developed or updated operation manuals. */
    @Column(name = "manuals")
    private boolean manuals;

    /** Q1: other actions. */
    @Column(name = "others")
    private boolean others;

    /** Q1: which other actions. */
    @Column(name = "others_text")
    private String othersText;

    /** Q1bis: how many colleagues learned from the shared materials (an estimate). */
    @Column(name = "colleagues_learned")
    private Integer colleaguesLearned;

    /** Q2: how the lessons are used in the administration. */
    @Column(name = "lessons_used")
    private String lessonsUsed;

    /** Q3: direct effects observed. */
    @Enumerated(EnumType.STRING)
    @Column(name = "direct_effects")
    private Answer directEffects;

    /** Q3: which. */
    @Column(name = "direct_effects_text")
    private String directEffectsText;

    /** Q4: contributed to efficiency and effectiveness. */
    @Enumerated(EnumType.STRING)
    @Column(name = "efficiency")
    private Answer efficiency;

    /** Q4: how, or why not. */
    @Column(name = "efficiency_text")
    private String efficiencyText;

    /** Q5: a modernization project initiated as a result. */
    @Enumerated(EnumType.STRING)
    @Column(name = "modernization")
    private Answer modernization;

    /** Q5: which. */
    @Column(name = "modernization_text")
    private String modernizationText;

    /** A questionnaire with nothing ticked or answered. */
    public ReplyAnswers() {}

    @SuppressWarnings("java:S107") // one argument per question of the appendix, in its order
    public ReplyAnswers(
            boolean sharedMaterials,
            Integer colleaguesShared,
            boolean submittedReport,
            boolean recommendations,
            boolean inHouseWorkshop,
            boolean manuals,
            boolean others,
            String othersText,
            Integer colleaguesLearned,
            String lessonsUsed,
            Answer directEffects,
            String directEffectsText,
            Answer efficiency,
            String efficiencyText,
            Answer modernization,
            String modernizationText) {
        this.sharedMaterials = sharedMaterials;
        this.colleaguesShared = colleaguesShared;
        this.submittedReport = submittedReport;
        this.recommendations = recommendations;
        this.inHouseWorkshop = inHouseWorkshop;
        this.manuals = manuals;
        this.others = others;
        this.othersText = othersText;
        this.colleaguesLearned = colleaguesLearned;
        this.lessonsUsed = lessonsUsed;
        this.directEffects = directEffects;
        this.directEffectsText = directEffectsText;
        this.efficiency = efficiency;
        this.efficiencyText = efficiencyText;
        this.modernization = modernization;
        this.modernizationText = modernizationText;
    }

    /**
     * Every answer by its field name, in the questionnaire's order: the audit trail's snapshot and
     * the comparison of two sets of answers read the fields themselves, so a new question needs no
     * code here.
     */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Field field : ReplyAnswers.class.getDeclaredFields()) {
            // Skips what the JPA provider's weaving may add to the class.
            if (!Modifier.isStatic(field.getModifiers())
                    && !field.isSynthetic()
                    && !field.getName().startsWith("_")) {
                try {
                    fields.put(field.getName(), field.get(this));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return fields;
    }

    /** An independent copy, so that an entity never shares its answers with a page or a request. */
    public ReplyAnswers copy() {
        return new ReplyAnswers(
                sharedMaterials,
                colleaguesShared,
                submittedReport,
                recommendations,
                inHouseWorkshop,
                manuals,
                others,
                othersText,
                colleaguesLearned,
                lessonsUsed,
                directEffects,
                directEffectsText,
                efficiency,
                efficiencyText,
                modernization,
                modernizationText);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReplyAnswers answers && fields().equals(answers.fields());
    }

    @Override
    public int hashCode() {
        return fields().hashCode();
    }

    @Override
    public String toString() {
        return fields().toString();
    }

    public boolean isSharedMaterials() {
        return sharedMaterials;
    }

    public void setSharedMaterials(boolean sharedMaterials) {
        this.sharedMaterials = sharedMaterials;
    }

    public Integer getColleaguesShared() {
        return colleaguesShared;
    }

    public void setColleaguesShared(Integer colleaguesShared) {
        this.colleaguesShared = colleaguesShared;
    }

    public boolean isSubmittedReport() {
        return submittedReport;
    }

    public void setSubmittedReport(boolean submittedReport) {
        this.submittedReport = submittedReport;
    }

    public boolean isRecommendations() {
        return recommendations;
    }

    public void setRecommendations(boolean recommendations) {
        this.recommendations = recommendations;
    }

    public boolean isInHouseWorkshop() {
        return inHouseWorkshop;
    }

    public void setInHouseWorkshop(boolean inHouseWorkshop) {
        this.inHouseWorkshop = inHouseWorkshop;
    }

    public boolean isManuals() {
        return manuals;
    }

    public void setManuals(boolean manuals) {
        this.manuals = manuals;
    }

    public boolean isOthers() {
        return others;
    }

    public void setOthers(boolean others) {
        this.others = others;
    }

    public String getOthersText() {
        return othersText;
    }

    public void setOthersText(String othersText) {
        this.othersText = othersText;
    }

    public Integer getColleaguesLearned() {
        return colleaguesLearned;
    }

    public void setColleaguesLearned(Integer colleaguesLearned) {
        this.colleaguesLearned = colleaguesLearned;
    }

    public String getLessonsUsed() {
        return lessonsUsed;
    }

    public void setLessonsUsed(String lessonsUsed) {
        this.lessonsUsed = lessonsUsed;
    }

    public Answer getDirectEffects() {
        return directEffects;
    }

    public void setDirectEffects(Answer directEffects) {
        this.directEffects = directEffects;
    }

    public String getDirectEffectsText() {
        return directEffectsText;
    }

    public void setDirectEffectsText(String directEffectsText) {
        this.directEffectsText = directEffectsText;
    }

    public Answer getEfficiency() {
        return efficiency;
    }

    public void setEfficiency(Answer efficiency) {
        this.efficiency = efficiency;
    }

    public String getEfficiencyText() {
        return efficiencyText;
    }

    public void setEfficiencyText(String efficiencyText) {
        this.efficiencyText = efficiencyText;
    }

    public Answer getModernization() {
        return modernization;
    }

    public void setModernization(Answer modernization) {
        this.modernization = modernization;
    }

    public String getModernizationText() {
        return modernizationText;
    }

    public void setModernizationText(String modernizationText) {
        this.modernizationText = modernizationText;
    }
}
