/** The rules of modernization projects, applied by every way a project is written. */
package org.rocbap.survey.project.control;
