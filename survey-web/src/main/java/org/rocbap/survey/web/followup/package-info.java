/** The focal point's to-do list. */
package org.rocbap.survey.web.followup;
