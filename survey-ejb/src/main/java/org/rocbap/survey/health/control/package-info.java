/** Probes of the parts the application depends on. */
package org.rocbap.survey.health.control;
