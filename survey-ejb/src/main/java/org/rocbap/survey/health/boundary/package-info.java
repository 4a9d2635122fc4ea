/** Whether this server can serve its users: the database and the identity provider, probed. */
package org.rocbap.survey.health.boundary;
