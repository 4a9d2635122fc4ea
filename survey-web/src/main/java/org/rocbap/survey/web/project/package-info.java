/** The modernization projects page. */
package org.rocbap.survey.web.project;
