/**
 * Ending the application's sessions when Keycloak ends the sign-in behind them: Keycloak's
 * back-channel logout call, and the check on each request.
 */
package org.rocbap.survey.web.signin;
