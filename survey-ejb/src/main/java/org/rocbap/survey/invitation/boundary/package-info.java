/**
 * Inviting participants and letting them answer through their personal link, without an account.
 */
package org.rocbap.survey.invitation.boundary;
