/** REST resource for importing a survey round. */
package org.rocbap.survey.api.round;
