/** The mission report compliance page. */
package org.rocbap.survey.web.compliance;
