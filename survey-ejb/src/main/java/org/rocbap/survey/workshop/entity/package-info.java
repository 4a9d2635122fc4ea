/** Regional workshops and the fiscal years they are surveyed in. */
package org.rocbap.survey.workshop.entity;
