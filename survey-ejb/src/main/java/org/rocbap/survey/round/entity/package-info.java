/** A fiscal year's survey round and its calendar. */
package org.rocbap.survey.round.entity;
