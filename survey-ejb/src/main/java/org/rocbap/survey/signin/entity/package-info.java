/** What a back-channel logout can refuse. */
package org.rocbap.survey.signin.entity;
