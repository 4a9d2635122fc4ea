/** The mail texts, in English and French. */
package org.rocbap.survey.mail.control;
