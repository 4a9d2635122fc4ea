/** In-house (cascade) workshops held by administrations after a regional workshop. */
package org.rocbap.survey.cascade.entity;
