/** The application's clock. */
package org.rocbap.survey.shared.time;
