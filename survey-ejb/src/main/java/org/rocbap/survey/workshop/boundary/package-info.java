/** The service through which pages and the API read the regional workshops. */
package org.rocbap.survey.workshop.boundary;
