/** What the report capability stores: the published figures of earlier rounds. */
package org.rocbap.survey.report.entity;
