/** The service through which pages and the API read the member administrations. */
package org.rocbap.survey.administration.boundary;
