/** The round import page. */
package org.rocbap.survey.web.round;
