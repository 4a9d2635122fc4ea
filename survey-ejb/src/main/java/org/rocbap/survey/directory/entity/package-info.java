/** A person who holds a role in an administration, as Keycloak knows them. */
package org.rocbap.survey.directory.entity;
