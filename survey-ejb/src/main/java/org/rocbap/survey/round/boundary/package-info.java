/** Importing a whole survey round (earlier rounds kept in spreadsheets and other systems). */
package org.rocbap.survey.round.boundary;
