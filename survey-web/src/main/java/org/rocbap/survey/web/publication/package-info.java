/** The pages of the Good Practice Report: curating, consents, the head's texts and editions. */
package org.rocbap.survey.web.publication;
