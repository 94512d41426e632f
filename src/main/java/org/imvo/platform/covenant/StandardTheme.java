package org.imvo.platform.covenant;

import java.util.Arrays;
import java.util.Optional;

/**
 * The nine priority themes of the Dutch Agreement on Sustainable Garments and Textile, the default
 * set of a new covenant. Their codes are stable; other modules (risk screening, KPIs) refer to them.
 */
public enum StandardTheme {

	DISCRIMINATION_GENDER("Discrimination and gender"), CHILD_LABOUR("Child labour"), FORCED_LABOUR("Forced labour"),
	FREEDOM_OF_ASSOCIATION("Freedom of association"), LIVING_WAGE("Living wage"), HEALTH_SAFETY("Health and safety"),
	RAW_MATERIALS("Raw materials"), WATER_CHEMICALS_ENERGY("Water, chemicals and energy"),
	ANIMAL_WELFARE("Animal welfare");

	private final String englishName;

	StandardTheme(String englishName) {
		this.englishName = englishName;
	}

	public String englishName() {
		return englishName;
	}

	public static Optional<StandardTheme> byCode(String code) {
		return Arrays.stream(values()).filter(t -> t.name().equals(code)).findFirst();
	}

}
