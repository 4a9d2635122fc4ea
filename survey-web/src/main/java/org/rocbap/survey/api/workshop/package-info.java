/** REST resources for regional workshops. */
package org.rocbap.survey.api.workshop;
