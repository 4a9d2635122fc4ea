/** A participant's invitation to a round's questionnaire, with its due date and personal link. */
package org.rocbap.survey.invitation.entity;
