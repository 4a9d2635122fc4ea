/** The personal link's tokens. */
package org.rocbap.survey.invitation.control;
