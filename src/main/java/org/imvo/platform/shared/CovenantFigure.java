package org.imvo.platform.shared;

import java.math.BigDecimal;

/**
 * A figure about a covenant computed from platform data by one module, for the KPI module (KPIs
 * computed from platform data) and the public progress report. Figures are aggregates: never one
 * member's confidential data.
 *
 * @param code stable code, prefixed with the module, e.g. {@code complaints.acknowledged-in-time-share}
 * @param messageKey message key of the figure's label (in the providing module's bundle)
 * @param value the value, or null when there is nothing to compute yet
 * @param unit e.g. {@code %}, {@code count}, {@code days}
 * @param publishable whether the figure may appear in public outputs
 */
public record CovenantFigure(String code, String messageKey, BigDecimal value, String unit, boolean publishable) {
}
