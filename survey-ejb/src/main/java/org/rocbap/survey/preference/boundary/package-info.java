/** Reading and changing the caller's own preferences. */
package org.rocbap.survey.preference.boundary;
