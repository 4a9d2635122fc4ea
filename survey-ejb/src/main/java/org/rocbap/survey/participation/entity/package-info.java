/** Who took part in which workshop, for which administration. */
package org.rocbap.survey.participation.entity;
