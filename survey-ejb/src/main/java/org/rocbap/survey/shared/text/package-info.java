/** Text helpers shared by the capabilities. */
package org.rocbap.survey.shared.text;
