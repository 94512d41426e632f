package org.imvo.platform.home.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.imvo.platform.home.NavigationItem;
import org.imvo.platform.home.NavigationProvider;
import org.imvo.platform.identity.CurrentUsers;
import org.imvo.platform.shared.web.PageModelContributor;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the modules' navigation links, grouped, into every page's model. */
@ControllerAdvice(annotations = Controller.class)
class NavigationAdvice implements PageModelContributor {

	private static final List<String> GROUPS = List.of(NavigationItem.TOP, NavigationItem.DUE_DILIGENCE,
			NavigationItem.COVENANT);

	private final CurrentUsers currentUsers;

	private final List<NavigationProvider> providers;

	NavigationAdvice(CurrentUsers currentUsers, List<NavigationProvider> providers) {
		this.currentUsers = currentUsers;
		this.providers = List.copyOf(providers);
	}

	/** Group → its links in order; groups without links are left out. */
	@ModelAttribute("navigation")
	Map<String, List<NavigationItem>> navigation() {
		return currentUsers.current().map(user -> {
			Map<String, List<NavigationItem>> byGroup = providers.stream()
				.flatMap(p -> p.itemsFor(user).stream())
				.collect(Collectors.groupingBy(NavigationItem::group));
			Map<String, List<NavigationItem>> ordered = new LinkedHashMap<>();
			for (String group : GROUPS) {
				List<NavigationItem> items = byGroup.getOrDefault(group, List.of());
				if (!items.isEmpty()) {
					ordered.put(group, items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList());
				}
			}
			return ordered;
		}).orElse(Map.of());
	}

	@Override
	public void contribute(Map<String, Object> model) {
		model.put("navigation", navigation());
	}

}
