/** REST resources for the words of the mail the product sends. */
package org.rocbap.survey.api.mail;
