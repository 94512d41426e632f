package org.imvo.platform.shared.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /attribution}: every bundled reference dataset with its source, version, licence and the
 * attribution its licence asks for. A dataset is bundled as a folder {@code reference/<name>/} with a
 * {@code PROVENANCE.properties} (keys: name, source, url, version, licence, attribution, use).
 */
@Controller
class AttributionController {

	record Dataset(String name, String source, String url, String version, String licence, String attribution,
			String use) {
	}

	private final List<Dataset> datasets;

	AttributionController() throws IOException {
		this.datasets = load();
	}

	@GetMapping("/attribution")
	String attribution(Model model) {
		model.addAttribute("datasets", datasets);
		return "attribution";
	}

	static List<Dataset> load() throws IOException {
		List<Dataset> result = new ArrayList<>();
		for (Resource resource : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:reference/*/PROVENANCE.properties")) {
			Properties p = new Properties();
			try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
				p.load(reader);
			}
			result.add(new Dataset(p.getProperty("name"), p.getProperty("source"), p.getProperty("url"),
					p.getProperty("version"), p.getProperty("licence"), p.getProperty("attribution"),
					p.getProperty("use")));
		}
		result.sort(Comparator.comparing(Dataset::name));
		return List.copyOf(result);
	}

}
