/** The REST API: one resource class per capability, errors as RFC 9457 problem details. */
package org.rocbap.survey.api;
