package org.imvo.platform.facility;

import java.util.List;

/** A page of an import's rows. */
public record RowsPage(List<ImportRow> rows, long total, int page, int size) {

	public RowsPage {
		rows = List.copyOf(rows);
	}

	public int pages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

}
