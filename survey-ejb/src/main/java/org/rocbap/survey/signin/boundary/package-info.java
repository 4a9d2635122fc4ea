/**
 * Sign-ins that Keycloak has ended: recorded from its back-channel logout, so that a session ended in
 * Keycloak (signed out elsewhere, ended by an administrator) ends in the application at once rather
 * than when its access token expires.
 */
package org.rocbap.survey.signin.boundary;
