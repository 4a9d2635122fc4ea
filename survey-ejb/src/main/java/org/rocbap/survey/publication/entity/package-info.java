/** The Good Practice Report: quoted examples and their consents, the head's texts, the editions. */
package org.rocbap.survey.publication.entity;
