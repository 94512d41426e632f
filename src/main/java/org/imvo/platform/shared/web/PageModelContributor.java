package org.imvo.platform.shared.web;

import java.util.Map;

/**
 * Adds what every page's layout needs (the signed-in user, the navigation) to a model. The modules
 * that own those attributes implement it; the error pages use it, because {@code @ModelAttribute}
 * methods do not run for a view chosen by an exception handler.
 */
public interface PageModelContributor {

	void contribute(Map<String, Object> model);

}
