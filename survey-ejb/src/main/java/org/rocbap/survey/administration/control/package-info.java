/** The rule every administration's record shares: it names a member administration. */
package org.rocbap.survey.administration.control;
