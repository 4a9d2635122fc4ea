/**
 * Who holds a role in an administration, with their e-mail address, read from Keycloak rather than
 * from a copy kept by hand.
 */
package org.rocbap.survey.directory.boundary;
