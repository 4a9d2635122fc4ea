/** What every page shares: the signed-in user, the layout's menus, signing out. */
package org.rocbap.survey.web.shared;
