package org.rocbap.survey.workshop.entity;

/** How precisely a workshop's dates are known. */
public enum DatePrecision {
    /** The exact days are known. */
    DAY,
    /** Only the month is known (the Good Practice Reports print months); dates span that month. */
    MONTH
}
