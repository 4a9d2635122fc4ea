/** Pages about the regional workshops. */
package org.rocbap.survey.web.workshop;
