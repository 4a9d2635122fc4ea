/** Reading Keycloak's logout tokens. */
package org.rocbap.survey.signin.control;
