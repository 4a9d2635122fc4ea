/** The rules of the capability, kept apart from the services so that every way in (page, API, import) applies the same ones. */
package org.rocbap.survey.participation.control;
