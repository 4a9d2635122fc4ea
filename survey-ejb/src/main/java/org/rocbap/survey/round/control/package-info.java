/** The round's calendar, the personal link's tokens, and reading round import documents. */
package org.rocbap.survey.round.control;
