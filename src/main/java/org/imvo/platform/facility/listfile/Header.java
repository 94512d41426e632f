package org.imvo.platform.facility.listfile;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The header row of a list and how its columns map to the canonical columns (Open Supply Hub / ODSAS
 * convention plus tier). Header names are compared without regard to case, accents, spaces,
 * underscores, hyphens and other punctuation; common synonyms in English, Dutch and German count, and
 * a part in brackets (“Latitude (decimal)”) is ignored when the name does not match as a whole.
 */
final class Header {

	static final List<String> CANONICAL = List.of("name", "address", "country", "sector", "product_type",
			"facility_type", "processing_type", "number_of_workers", "parent_company", "lat", "lng", "tier");

	static final List<String> REQUIRED = List.of("name", "address", "country");

	static final int NAME = 0;

	static final int ADDRESS = 1;

	static final int COUNTRY = 2;

	static final int SECTOR = 3;

	static final int PRODUCT_TYPE = 4;

	static final int FACILITY_TYPE = 5;

	static final int PROCESSING_TYPE = 6;

	static final int NUMBER_OF_WORKERS = 7;

	static final int PARENT_COMPANY = 8;

	static final int LAT = 9;

	static final int LNG = 10;

	static final int TIER = 11;

	/**
	 * Synonyms of each canonical column (in the order of {@link #CANONICAL}), normalised as by
	 * {@link #normalise}, most specific first: when a list has both “Factory name” and “Supplier name”,
	 * the factory's name is the location's name.
	 */
	private static final List<List<String>> SYNONYMS = List.of(
			// name
			List.of("name", "facilityname", "factoryname", "productionlocationname", "productionsitename",
					"locationname", "sitename", "millname", "plantname", "facility", "factory", "naam",
					"facilitynaam", "fabrieksnaam", "fabrieknaam", "locatienaam", "productielocatie",
					"productielocatienaam", "vestigingsnaam", "naamfabriek", "naamlocatie", "naamproductielocatie",
					"fabrikname", "standortname", "werksname", "nom", "nombre", "suppliername", "vendorname",
					"manufacturername", "producername", "companyname", "supplier", "vendor", "manufacturer",
					"leveranciersnaam", "naamleverancier", "leverancier", "bedrijfsnaam", "naambedrijf", "bedrijf",
					"lieferantenname", "lieferant", "herstellername", "hersteller", "firmenname", "firma"),
			// address
			List.of("address", "facilityaddress", "factoryaddress", "siteaddress", "locationaddress",
					"productionlocationaddress", "streetaddress", "fulladdress", "completeaddress",
					"physicaladdress", "supplieraddress", "vendoraddress", "companyaddress", "address1",
					"addressline1", "addressline", "adres", "fabrieksadres", "adresfabriek", "locatieadres",
					"vestigingsadres", "volledigadres", "bezoekadres", "adresse", "anschrift", "standortadresse",
					"direccion", "street", "strasse", "straat"),
			// country
			List.of("country", "countrycode", "countryname", "countryiso", "countryisocode", "isocountry",
					"isocountrycode", "countryregion", "countryorregion", "countryterritory", "facilitycountry",
					"factorycountry", "sitecountry", "locationcountry", "countryofproduction", "productioncountry",
					"countryoforigin", "nation", "land", "landcode", "landnaam", "vestigingsland", "productieland",
					"landvanvestiging", "landercode", "pays", "pais"),
			// sector
			List.of("sector", "sectors", "industry", "industrysector", "sectornaam", "branche", "branch",
					"industrie"),
			// product_type
			List.of("producttype", "producttypes", "productcategory", "productcategories", "productgroup",
					"productgroups", "productsproduced", "mainproducts", "product", "products", "soortproduct",
					"producttypen", "productgroep", "productcategorie", "producten", "produktart", "produkttyp",
					"produkte"),
			// facility_type
			List.of("facilitytype", "factorytype", "sitetype", "locationtype", "typeoffacility", "typeoffactory",
					"typeofsite", "soortlocatie", "typelocatie", "locatietype", "soortfaciliteit", "faciliteitstype",
					"vestigingstype", "typefabriek", "standorttyp", "betriebsart"),
			// processing_type
			List.of("processingtype", "processingtypes", "processtype", "processtypes", "productionprocess",
					"productionprocesses", "manufacturingprocess", "processing", "process", "processes",
					"bewerkingstype", "typebewerking", "verwerkingstype", "bewerking", "verwerking",
					"productieproces", "proces", "processen", "prozess", "verarbeitung"),
			// number_of_workers
			List.of("numberofworkers", "noofworkers", "nrofworkers", "numworkers", "ofworkers", "workercount",
					"totalworkers", "totalnumberofworkers", "workers", "numberofemployees", "noofemployees",
					"totalemployees", "employees", "headcount", "workforce", "sizeofworkforce", "aantalwerknemers",
					"aantalmedewerkers", "aantalarbeiders", "aantalwerkers", "werknemers", "medewerkers",
					"anzahlmitarbeiter", "anzahlbeschaftigte", "mitarbeiter", "beschaftigte"),
			// parent_company
			List.of("parentcompany", "parentcompanyname", "parentorganisation", "parentorganization", "parent",
					"holdingcompany", "ownercompany", "owner", "ownername", "group", "groupname", "moederbedrijf",
					"moedermaatschappij", "moederonderneming", "holding", "concern", "eigenaar",
					"muttergesellschaft", "konzern"),
			// lat
			List.of("lat", "latitude", "gpslatitude", "latitud", "breedtegraad", "breitengrad", "breite"),
			// lng
			List.of("lng", "lon", "long", "longitude", "gpslongitude", "longitud", "lengtegraad", "langengrad",
					"lange"),
			// tier
			List.of("tier", "tierlevel", "tiernumber", "suppliertier", "supplytier", "supplychaintier", "level",
					"tierniveau", "ketenniveau", "ketenschakel", "schakel", "niveau", "lieferantenstufe", "stufe"));

	/**
	 * Columns that complete the address when the list splits it up: address line 2, city, postal
	 * code, state or province (in this order). Their text is appended to the address unless the
	 * address already contains it.
	 */
	private static final List<List<String>> ADDRESS_PARTS = List.of(
			List.of("addressline2", "address2", "adresregel2", "adres2", "adresszusatz"),
			List.of("city", "town", "cityname", "citytown", "towncity", "municipality", "plaats", "woonplaats",
					"vestigingsplaats", "stad", "gemeente", "stadt", "ort", "ville", "ciudad"),
			List.of("postalcode", "postcode", "zip", "zipcode", "postalzipcode", "plz", "postleitzahl", "codepostal",
					"codigopostal"),
			List.of("state", "province", "stateprovince", "provincestate", "stateorprovince", "region",
					"county", "district", "provincie", "regio", "bundesland", "provincia", "estado"));

	/** A single column holding latitude and longitude together (23.81, 90.41). */
	private static final List<String> COORDINATES = List.of("coordinates", "coordinate", "gpscoordinates",
			"geocoordinates", "locationcoordinates", "gps", "gpslocation", "geolocation", "latlng", "latlong",
			"latlon", "latitudelongitude", "coordinaten", "gpscoordinaten", "koordinaten", "gpskoordinaten");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");

	private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");

	private final int rowNumber;

	/** Header cells as written (cleaned, trimmed), non-empty ones only, in file order. */
	private final List<String> written;

	/** Per column index: the key under which the column's cells go into {@code raw}; null for none. */
	private final String[] keys;

	/** Per column index: whether the header cell was empty (its cells are kept only when filled). */
	private final boolean[] unnamed;

	/** Per canonical column: the column index, or -1. */
	private final int[] columns;

	/** Other columns that look like a country column, tried when the chosen one is not recognised. */
	private final int[] otherCountryColumns;

	/** Columns that complete the address (see {@link #ADDRESS_PARTS}), in that order. */
	private final int[] addressParts;

	/** The column with latitude and longitude together, or -1 (only when neither has its own). */
	private final int coordinates;

	private Header(int rowNumber, List<String> written, String[] keys, boolean[] unnamed, int[] columns,
			int[] otherCountryColumns, int[] addressParts, int coordinates) {
		this.rowNumber = rowNumber;
		this.written = written;
		this.keys = keys;
		this.unnamed = unnamed;
		this.columns = columns;
		this.otherCountryColumns = otherCountryColumns;
		this.addressParts = addressParts;
		this.coordinates = coordinates;
	}

	static Header of(RawRecord record) {
		int size = record.size();
		List<String> written = new ArrayList<>();
		String[] keys = new String[size];
		boolean[] unnamed = new boolean[size];
		String[] exact = new String[size];
		String[] unbracketed = new String[size];
		Set<String> used = new HashSet<>();
		for (int i = 0; i < size; i++) {
			String cell = record.cell(i);
			String text = cell == null ? null : Cells.value(cell);
			if (text == null) {
				unnamed[i] = true;
				keys[i] = "(column " + Cells.columnLetters(i) + ")";
				used.add(keys[i].toLowerCase(Locale.ROOT));
				continue;
			}
			written.add(text);
			String key = text;
			for (int n = 2; used.contains(key.toLowerCase(Locale.ROOT)); n++) {
				key = text + " (" + n + ")";
			}
			used.add(key.toLowerCase(Locale.ROOT));
			keys[i] = key;
			exact[i] = normalise(text);
			unbracketed[i] = normalise(BRACKETED.matcher(text).replaceAll(" "));
		}
		int[] columns = new int[CANONICAL.size()];
		Arrays.fill(columns, -1);
		boolean[] taken = new boolean[size];
		for (int c = 0; c < CANONICAL.size(); c++) {
			columns[c] = find(SYNONYMS.get(c), exact, taken);
			if (columns[c] < 0) {
				columns[c] = find(SYNONYMS.get(c), unbracketed, taken);
			}
			if (columns[c] >= 0) {
				taken[columns[c]] = true;
			}
		}
		List<Integer> otherCountries = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			if (!taken[i] && exact[i] != null
					&& (SYNONYMS.get(COUNTRY).contains(exact[i]) || SYNONYMS.get(COUNTRY).contains(unbracketed[i]))) {
				otherCountries.add(i);
			}
		}
		List<Integer> parts = new ArrayList<>();
		for (List<String> part : ADDRESS_PARTS) {
			int column = find(part, exact, taken);
			if (column < 0) {
				column = find(part, unbracketed, taken);
			}
			if (column >= 0) {
				taken[column] = true;
				parts.add(column);
			}
		}
		int coordinates = -1;
		if (columns[LAT] < 0 && columns[LNG] < 0) {
			coordinates = find(COORDINATES, exact, taken);
			if (coordinates < 0) {
				coordinates = find(COORDINATES, unbracketed, taken);
			}
		}
		return new Header(record.rowNumber(), Collections.unmodifiableList(written), keys, unnamed, columns,
				otherCountries.stream().mapToInt(Integer::intValue).toArray(),
				parts.stream().mapToInt(Integer::intValue).toArray(), coordinates);
	}

	private static int find(List<String> synonyms, String[] normalised, boolean[] taken) {
		for (String synonym : synonyms) {
			for (int i = 0; i < normalised.length; i++) {
				if (!taken[i] && synonym.equals(normalised[i])) {
					return i;
				}
			}
		}
		return -1;
	}

	/** Lower case, no accents, only the letters a–z and digits (“Aantal werknemers” → aantalwerknemers). */
	static String normalise(String header) {
		String s = Normalizer.normalize(header.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
		s = MARKS.matcher(s).replaceAll("").replace("ß", "ss");
		return NOT_ALNUM.matcher(s).replaceAll("");
	}

	int rowNumber() {
		return rowNumber;
	}

	List<String> written() {
		return written;
	}

	int width() {
		return keys.length;
	}

	String key(int column) {
		return column < keys.length ? keys[column] : "(column " + Cells.columnLetters(column) + ")";
	}

	boolean unnamed(int column) {
		return column >= keys.length || unnamed[column];
	}

	/** The column index of a canonical column (see the constants), or -1 when the list has none. */
	int column(int canonical) {
		return columns[canonical];
	}

	int[] otherCountryColumns() {
		return otherCountryColumns;
	}

	int[] addressParts() {
		return addressParts;
	}

	int coordinates() {
		return coordinates;
	}

	/** The required canonical columns the header lacks. */
	List<String> missing() {
		List<String> missing = new ArrayList<>();
		for (String required : REQUIRED) {
			if (columns[CANONICAL.indexOf(required)] < 0) {
				missing.add(required);
			}
		}
		return missing;
	}

	/**
	 * Canonical column → the key of the column it was found under (the header as written). Latitude
	 * and longitude from one combined column both map to that column.
	 */
	Map<String, String> mapping() {
		Map<String, String> mapping = new LinkedHashMap<>();
		for (int c = 0; c < CANONICAL.size(); c++) {
			if (columns[c] >= 0) {
				mapping.put(CANONICAL.get(c), keys[columns[c]]);
			}
			else if ((c == LAT || c == LNG) && coordinates >= 0) {
				mapping.put(CANONICAL.get(c), keys[coordinates]);
			}
		}
		return Collections.unmodifiableMap(mapping);
	}

}
