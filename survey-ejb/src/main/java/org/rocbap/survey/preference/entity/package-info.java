/** The users' own choices, such as the language of the pages. */
package org.rocbap.survey.preference.entity;
