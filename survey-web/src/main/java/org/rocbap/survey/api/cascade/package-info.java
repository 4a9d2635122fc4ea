/** REST resources for in-house workshops. */
package org.rocbap.survey.api.cascade;
