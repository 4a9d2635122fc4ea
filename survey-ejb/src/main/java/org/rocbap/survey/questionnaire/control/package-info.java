/** The rules a questionnaire reply must satisfy. */
package org.rocbap.survey.questionnaire.control;
