/** The service for modernization projects. */
package org.rocbap.survey.project.boundary;
