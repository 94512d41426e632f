package org.imvo.platform.home;

import java.util.List;

/**
 * Something a user should look at, shown as a card on the start page.
 *
 * @param messageKey message key of the text; {@code args} fill its placeholders
 * @param link where to act on it
 * @param count how many things it stands for (shown large), or -1 for none
 * @param urgent whether it is overdue or blocking someone
 */
public record AttentionItem(String messageKey, List<Object> args, String link, long count, boolean urgent) {

	public AttentionItem {
		args = List.copyOf(args);
	}

}
