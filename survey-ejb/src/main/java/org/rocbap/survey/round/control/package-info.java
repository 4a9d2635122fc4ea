/** Reading round import documents. */
package org.rocbap.survey.round.control;
