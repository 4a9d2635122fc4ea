/** Modernization projects initiated after regional workshops. */
package org.rocbap.survey.project.entity;
