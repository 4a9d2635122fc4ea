/**
 * Who the caller is and what the roles mean. Every service asks {@link
 * org.rocbap.survey.shared.security.CallerService} for the caller's roles and administration, so
 * that access rules are enforced in the EJB layer whatever page or API endpoint was used.
 */
package org.rocbap.survey.shared.security;
