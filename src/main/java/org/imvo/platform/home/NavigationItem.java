package org.imvo.platform.home;

/**
 * A link a module puts into the main navigation.
 *
 * @param group {@code due-diligence} (a company's own work), {@code covenant} (joint work of the
 * covenant) or {@code top} (a link of its own in the bar); groups show as menus
 * @param order position within the group, lower first
 * @param messageKey the label's message key
 * @param href the path, e.g. {@code /organisations/…/risks}
 */
public record NavigationItem(String group, int order, String messageKey, String href) {

	public static final String DUE_DILIGENCE = "due-diligence";

	public static final String COVENANT = "covenant";

	public static final String TOP = "top";

}
