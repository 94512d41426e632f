package org.imvo.platform.home;

import java.util.List;

import org.imvo.platform.identity.CurrentUser;

/**
 * Implemented by modules (as a Spring bean) that put links into the main navigation of a signed-in
 * user; return only links the user may follow.
 */
public interface NavigationProvider {

	List<NavigationItem> itemsFor(CurrentUser user);

}
