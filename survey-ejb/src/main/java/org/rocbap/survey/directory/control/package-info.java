/** Reading Keycloak's users. */
package org.rocbap.survey.directory.control;
