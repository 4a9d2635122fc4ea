/** The questionnaire page. */
package org.rocbap.survey.web.questionnaire;
