/** A fiscal year's survey round and its calendar; a participant's invitation, with its due date and personal link. */
package org.rocbap.survey.round.entity;
