/** The workflow's configurable periods and limits. */
package org.rocbap.survey.shared.config;
