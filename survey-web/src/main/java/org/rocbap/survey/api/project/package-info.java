/** REST resources for modernization projects. */
package org.rocbap.survey.api.project;
