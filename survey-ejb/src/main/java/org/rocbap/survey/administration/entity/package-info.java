/** The member administrations: reference data every other capability points to. */
package org.rocbap.survey.administration.entity;
