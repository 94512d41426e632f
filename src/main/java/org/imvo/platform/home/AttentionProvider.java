package org.imvo.platform.home;

import java.util.List;

import org.imvo.platform.identity.CurrentUser;

/** Implemented by modules that have something for the start page of a signed-in user. */
public interface AttentionProvider {

	List<AttentionItem> itemsFor(CurrentUser user);

}
