/** Managing and reading workshop participants. */
package org.rocbap.survey.participation.boundary;
