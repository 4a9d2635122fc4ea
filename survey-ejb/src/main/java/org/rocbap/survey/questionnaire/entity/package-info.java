/** Questionnaire replies: the answers to Q1 to Q5 of the follow-up survey. */
package org.rocbap.survey.questionnaire.entity;
