/** The audit trail: every change to a follow-up record. */
package org.rocbap.survey.audit.entity;
