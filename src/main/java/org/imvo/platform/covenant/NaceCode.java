package org.imvo.platform.covenant;

/**
 * A code of the NACE Rev. 2 classification of economic activities (Eurostat).
 *
 * @param level 1 section (letter), 2 division, 3 group, 4 class
 */
public record NaceCode(String code, int level, String parentCode, String description) {
}
