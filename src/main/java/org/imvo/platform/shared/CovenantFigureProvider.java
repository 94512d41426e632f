package org.imvo.platform.shared;

import java.util.List;
import java.util.UUID;

/**
 * Implemented by modules (as a Spring bean) that can compute figures about a covenant from their
 * data: complaints statistics, the published list's size, the share of locations with a joint
 * corrective action plan. The KPI module offers them as computed KPIs and in the progress report.
 */
public interface CovenantFigureProvider {

	/** The module's current figures about the covenant; an empty list when it has none. */
	List<CovenantFigure> figures(UUID covenantId);

}
