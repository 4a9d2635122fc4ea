/** REST resources for questionnaire replies. */
package org.rocbap.survey.api.questionnaire;
