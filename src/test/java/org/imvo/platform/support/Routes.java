package org.imvo.platform.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of the application, read from Spring MVC's handler mapping, so that tests walking
 * them cover routes added later without being told about them.
 */
public final class Routes {

	/** {@code {name}}, {@code {name:regex}} or {@code {*name}}. */
	private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([A-Za-z_][A-Za-z0-9_]*)(?::[^}]*)?}");

	private Routes() {
	}

	/**
	 * One HTTP method on one path pattern.
	 *
	 * @param method the HTTP method
	 * @param pattern the path pattern, e.g. {@code /api/v1/organisations/{orgId}}
	 * @param handler the controller method
	 * @param info the full mapping (consumes, params, headers conditions)
	 */
	public record Route(RequestMethod method, String pattern, HandlerMethod handler, RequestMappingInfo info) {

		public boolean isApi() {
			return pattern.startsWith("/api/");
		}

		public boolean isRead() {
			return method == RequestMethod.GET;
		}

		/** The names of the path variables, in order. */
		public List<String> variables() {
			List<String> names = new ArrayList<>();
			Matcher matcher = VARIABLE.matcher(pattern);
			while (matcher.find()) {
				names.add(matcher.group(1));
			}
			return names;
		}

		/** The path with every variable replaced by its value, and wildcards by a literal segment. */
		public String path(java.util.function.Function<String, String> values) {
			Matcher matcher = VARIABLE.matcher(pattern);
			StringBuilder path = new StringBuilder();
			while (matcher.find()) {
				matcher.appendReplacement(path, Matcher.quoteReplacement(values.apply(matcher.group(1))));
			}
			matcher.appendTail(path);
			return path.toString().replace("**", "x").replace("*", "x");
		}

		public boolean consumesMultipart() {
			return info.getConsumesCondition()
				.getConsumableMediaTypes()
				.stream()
				.anyMatch(MediaType.MULTIPART_FORM_DATA::includes);
		}

		/** The controller class, e.g. {@code OrganisationApiController}. */
		public Class<?> controller() {
			return handler.getBeanType();
		}

		@Override
		public String toString() {
			return method + " " + pattern;
		}

	}

	/**
	 * Every route; a mapping without a method restriction counts as GET and POST (it answers every
	 * method, and those two are what browsers and clients send).
	 */
	public static List<Route> all(RequestMappingHandlerMapping mapping) {
		Set<Route> routes = new LinkedHashSet<>();
		mapping.getHandlerMethods().forEach((info, handler) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (methods.isEmpty()) {
				methods = EnumSet.of(RequestMethod.GET, RequestMethod.POST);
			}
			for (String pattern : info.getPatternValues()) {
				for (RequestMethod method : methods) {
					routes.add(new Route(method, pattern, handler, info));
				}
			}
		});
		return routes.stream()
			.sorted(Comparator.comparing(Route::pattern).thenComparing(Route::method))
			.toList();
	}

}
