/** The service for recording in-house workshops. */
package org.rocbap.survey.cascade.boundary;
