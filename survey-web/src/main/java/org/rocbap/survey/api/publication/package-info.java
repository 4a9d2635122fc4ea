/** The Good Practice Report: curated examples, consents, the head's texts and generated editions. */
package org.rocbap.survey.api.publication;
