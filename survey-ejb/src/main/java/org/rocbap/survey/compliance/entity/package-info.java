/** What is kept about compliance beyond the records it is computed from: managers' digest requests. */
package org.rocbap.survey.compliance.entity;
