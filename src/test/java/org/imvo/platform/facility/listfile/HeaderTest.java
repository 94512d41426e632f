package org.imvo.platform.facility.listfile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Header names as companies write them, mapped to the canonical columns. */
class HeaderTest {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			name                    | name
			Facility name           | name
			FACILITY_NAME           | name
			facility-name           | name
			Supplier name           | name
			Factory Name *          | name
			Production site name    | name
			naam                    | name
			Naam fabriek            | name
			address                 | address
			Facility Address        | address
			Street address          | address
			Full address            | address
			Adres                   | address
			Anschrift               | address
			country                 | country
			Country code            | country
			Country name            | country
			ISO country code        | country
			Country/Region          | country
			Land                    | country
			Landcode                | country
			sector                  | sector
			Industry                | sector
			Product type            | product_type
			product_types           | product_type
			Products                | product_type
			Soort product           | product_type
			Facility type           | facility_type
			Type of facility        | facility_type
			Processing type         | processing_type
			Production process      | processing_type
			Bewerkingstype          | processing_type
			Workers                 | number_of_workers
			Number of workers       | number_of_workers
			No. of workers          | number_of_workers
			# of workers            | number_of_workers
			Total employees         | number_of_workers
			Aantal werknemers       | number_of_workers
			Aantal medewerkers      | number_of_workers
			Anzahl Mitarbeiter      | number_of_workers
			Parent company          | parent_company
			Moederbedrijf           | parent_company
			lat                     | lat
			Latitude                | lat
			Latitude (decimal)      | lat
			Breedtegraad            | lat
			lng                     | lng
			lon                     | lng
			Longitude               | lng
			Lengtegraad             | lng
			Längengrad              | lng
			tier                    | tier
			Tier level              | tier
			Supplier tier           | tier
			Ketenniveau             | tier
			""")
	void shouldMapCommonHeaderNames(String written, String canonical) {
		RawRecord record = new RawRecord(1);
		record.set(0, written, written.length());

		Header header = Header.of(record);

		assertThat(header.column(Header.CANONICAL.indexOf(canonical))).isZero();
	}

	@Test
	void shouldPreferTheFactorysNameOverTheSuppliersAndTheFirstOfTwoEqualColumns() {
		RawRecord record = new RawRecord(1);
		String[] cells = { "Supplier name", "Factory name", "Address", "Address", "Country" };
		for (int i = 0; i < cells.length; i++) {
			record.set(i, cells[i], cells[i].length());
		}

		Header header = Header.of(record);

		assertThat(header.column(Header.NAME)).isEqualTo(1);
		assertThat(header.column(Header.ADDRESS)).isEqualTo(2);
		assertThat(header.key(3)).isEqualTo("Address (2)");
		assertThat(header.missing()).isEmpty();
		assertThat(header.mapping()).containsEntry("name", "Factory name").containsEntry("address", "Address");
	}

	@Test
	void shouldNameTheMissingRequiredColumns() {
		RawRecord record = new RawRecord(3);
		record.set(0, "Vendor", 6);
		record.set(1, "City", 4);

		Header header = Header.of(record);

		assertThat(header.missing()).containsExactly("address", "country");
		assertThat(header.rowNumber()).isEqualTo(3);
	}

}
