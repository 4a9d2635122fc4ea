/** The service for saving and submitting questionnaire replies. */
package org.rocbap.survey.questionnaire.boundary;
