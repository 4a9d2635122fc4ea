/**
 * How the services report broken rules: {@link org.rocbap.survey.shared.rules.WorkflowException}
 * carries every {@link org.rocbap.survey.shared.rules.RuleViolation} with a message from
 * {@code org/rocbap/survey/rules.properties}, so pages and the API show the same words.
 */
package org.rocbap.survey.shared.rules;
