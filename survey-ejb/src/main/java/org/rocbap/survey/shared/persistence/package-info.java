/** Database plumbing shared by every capability: the schema migrations run at start-up. */
package org.rocbap.survey.shared.persistence;
