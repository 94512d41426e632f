package org.imvo.platform.facility.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class FacilityMatcherTest {

	private static RegisteredFacility facility(long key, String name, String address, String country) {
		return new RegisteredFacility(key, name, address, country, null, null);
	}

	private static LocationQuery location(String name, String address, String country) {
		return new LocationQuery(name, address, country, null, null);
	}

	/** A small registry: sister units at one address, a namesake in another country, neighbours. */
	private static FacilityMatcher registry() {
		FacilityMatcher m = new FacilityMatcher();
		m.add(facility(1, "Rahman Knit Composite Ltd. Unit 1", "Plot 12, Road 3, Kashimpur, Gazipur 1751", "BD"));
		m.add(facility(2, "Rahman Knit Composite Ltd. Unit 2", "Plot 12, Road 3, Kashimpur, Gazipur 1751", "BD"));
		m.add(facility(3, "Meghna Apparels Ltd", "House 5, Road 7, Sector 4, Uttara, Dhaka 1230", "BD"));
		m.add(facility(4, "Meghna Apparels Ltd", "House 5, Road 7, Sector 4, Uttara, Dhaka 1230", "IN"));
		m.add(facility(5, "Padma Sweaters Limited", "Holding 88, Tongi-Ashulia Road, Jamgora, Ashulia, Dhaka 1349", "BD"));
		m.add(facility(6, "Jamuna Denims Limited", "Holding 90, Tongi-Ashulia Road, Jamgora, Ashulia, Dhaka 1349", "BD"));
		return m;
	}

	@Test
	void shouldMatchTheSameFacilityWrittenDifferently() {
		MatchResult r = registry().match(location("MEGHNA APPARELS LIMITED", "H# 5, Rd. 7, Sec-4, Uttara, Dhaka-1230", "bd"));
		assertThat(r.outcome()).isEqualTo(MatchOutcome.MATCHED);
		assertThat(r.matchedKey()).isEqualTo(3L);
		assertThat(r.candidates()).first().satisfies(c -> {
			assertThat(c.key()).isEqualTo(3L);
			assertThat(c.reasons()).anyMatch(reason -> reason.startsWith("name "));
		});
	}

	@Test
	void shouldMatchThroughTyposReorderedAndPartialAddresses() {
		FacilityMatcher m = registry();
		assertThat(m.match(location("Padmaa Sweaters Ltd", "Ashulia, Jamgora, Holding 88, Dhaka", "BD")).matchedKey()).isEqualTo(5L);
		assertThat(m.match(location("Jamuna Denim", "Holding 90, Tongi Ashulia Rd, Ashulia", "BD")).matchedKey()).isEqualTo(6L);
	}

	@Test
	void shouldMatchTheRightSisterUnit() {
		MatchResult r = registry().match(location("Rahman Knit Composite (Unit-II)", "Plot 12, Rd 3, Kashimpur, Gazipur", "BD"));
		assertThat(r.outcome()).isEqualTo(MatchOutcome.MATCHED);
		assertThat(r.matchedKey()).isEqualTo(2L);
		assertThat(r.candidates()).anySatisfy(c -> {
			assertThat(c.key()).isEqualTo(1L);
			assertThat(c.reasons()).contains("unit number differs: 2 vs 1");
		});
	}

	@Test
	void shouldNeverMatchASisterUnitWithAnotherNumber() {
		MatchResult r = registry().match(location("Rahman Knit Composite Unit 3", "Plot 12, Road 3, Kashimpur, Gazipur", "BD"));
		assertThat(r.outcome()).isNotEqualTo(MatchOutcome.MATCHED);
		assertThat(r.matchedKey()).isNull();
	}

	@Test
	void shouldAskWhenTheUnitIsMissingAndSistersExist() {
		MatchResult r = registry().match(location("Rahman Knit Composite Ltd", "Plot 12, Road 3, Kashimpur, Gazipur 1751", "BD"));
		assertThat(r.outcome()).isEqualTo(MatchOutcome.REVIEW);
		assertThat(r.candidates()).extracting(Candidate::key).contains(1L, 2L);
	}

	@Test
	void shouldNeverMatchAcrossCountries() {
		FacilityMatcher m = new FacilityMatcher();
		m.add(facility(4, "Meghna Apparels Ltd", "House 5, Road 7, Sector 4, Uttara, Dhaka 1230", "IN"));
		MatchResult r = m.match(location("Meghna Apparels Ltd", "House 5, Road 7, Sector 4, Uttara, Dhaka 1230", "BD"));
		assertThat(r.outcome()).isEqualTo(MatchOutcome.NEW);
		assertThat(r.candidates()).isEmpty();
	}

	@Test
	void shouldCallADifferentCompanyAtANeighbouringAddressNew() {
		MatchResult r = registry().match(location("Karim Fashions Ltd", "Holding 89, Tongi-Ashulia Road, Jamgora, Ashulia, Dhaka 1349", "BD"));
		assertThat(r.outcome()).isEqualTo(MatchOutcome.NEW);
	}

	@Test
	void shouldNotMatchTheSameNameFarAway() {
		FacilityMatcher m = new FacilityMatcher();
		m.add(new RegisteredFacility(7, "Sonar Bangla Garments Ltd", "Kalurghat, Chittagong 4212", "BD", 22.38, 91.85));
		MatchResult r = m.match(new LocationQuery("Sonar Bangla Garments Ltd", "Konabari, Gazipur 1700", "BD", 24.02, 90.32));
		assertThat(r.outcome()).isNotEqualTo(MatchOutcome.MATCHED);
	}

	@Test
	void shouldUseCloseCoordinatesAsEvidence() {
		FacilityMatcher m = new FacilityMatcher();
		m.add(new RegisteredFacility(8, "Sonar Bangla Garments Ltd", "Kalurghat, Chittagong 4212", "BD", 22.38, 91.85));
		MatchResult r = m.match(new LocationQuery("Sonar Bangla Garments", "Kalurghat Industrial Area, Chattogram", "BD", 22.3805, 91.8502));
		assertThat(r.outcome()).isEqualTo(MatchOutcome.MATCHED);
		assertThat(r.candidates().get(0).reasons()).anyMatch(reason -> reason.endsWith("m apart"));
	}

	@Test
	void shouldCallAnEmptyRegistryNew() {
		assertThat(new FacilityMatcher().match(location("Anything", "Anywhere", "BD")).outcome()).isEqualTo(MatchOutcome.NEW);
	}

	@Test
	void shouldReplaceByKeyAndForgetRemovedFacilities() {
		FacilityMatcher m = registry();
		assertThat(m.size()).isEqualTo(6);
		m.add(facility(3, "Meghna Apparels Ltd", "Plot 44, Konabari, Gazipur 1700", "BD"));
		assertThat(m.size()).isEqualTo(6);
		assertThat(m.match(location("Meghna Apparels", "Plot 44, Konabari, Gazipur", "BD")).matchedKey()).isEqualTo(3L);
		m.add(facility(3, "Meghna Apparels Ltd", "Plot 44, Konabari, Gazipur 1700", "PK"));
		assertThat(m.match(location("Meghna Apparels", "Plot 44, Konabari, Gazipur", "BD")).outcome()).isEqualTo(MatchOutcome.NEW);
		m.remove(3);
		m.remove(3);
		assertThat(m.size()).isEqualTo(5);
		assertThat(m.match(location("Meghna Apparels", "Plot 44, Konabari, Gazipur", "PK")).outcome()).isEqualTo(MatchOutcome.NEW);
	}

	@Test
	void shouldStayCorrectWhenMostFacilitiesAreRemoved() {
		FacilityMatcher m = new FacilityMatcher();
		for (int i = 0; i < 3000; i++) {
			m.add(facility(i, "Factory Number " + i + " Garments", "Plot " + i + ", Sector 7, Uttara, Dhaka", "BD"));
		}
		for (int i = 0; i < 2900; i++) {
			m.remove(i);
		}
		assertThat(m.size()).isEqualTo(100);
		MatchResult r = m.match(location("Factory Number 2950 Garments", "Plot 2950, Sector 7, Uttara, Dhaka", "BD"));
		assertThat(r.matchedKey()).isEqualTo(2950L);
		assertThat(m.match(location("Factory Number 10 Garments", "Plot 10, Sector 7, Uttara, Dhaka", "BD")).matchedKey()).isNull();
	}

	@Test
	void shouldShowAtMostFiveRankedCandidates() {
		FacilityMatcher m = new FacilityMatcher();
		for (int i = 1; i <= 9; i++) {
			m.add(facility(i, "Golden Lotus Apparels", "Road " + i + ", Kashimpur, Gazipur", "BD"));
		}
		MatchResult r = m.match(location("Golden Lotus Apparels", "Kashimpur, Gazipur", "BD"));
		assertThat(r.outcome()).isEqualTo(MatchOutcome.REVIEW);
		assertThat(r.candidates()).hasSizeLessThanOrEqualTo(5);
		assertThat(r.candidates()).extracting(Candidate::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
	}

	@Test
	void shouldGiveTheSameFingerprintToTheSameLocationWrittenDifferently() {
		String a = FacilityMatcher.fingerprint(location("Rahman Knit Composite Ltd.", "Plot No. 12, Rd. 3, Gazipur", "bd"));
		String b = FacilityMatcher.fingerprint(location("RAHMAN KNIT COMPOSITE LIMITED", "plot 12 road 3 gazipur", "BD"));
		assertThat(a).isEqualTo(b).isEqualTo("BD|rahman knit composite|plot 12 road 3 gazipur");
		assertThat(FacilityMatcher.fingerprint(location("Rahman Knit Composite Ltd.", "Plot 14, Road 3, Gazipur", "BD")))
			.isNotEqualTo(a);
	}

	@Test
	void shouldRefuseFacilitiesWithoutCountryAndNonsenseThresholds() {
		FacilityMatcher m = new FacilityMatcher();
		assertThatThrownBy(() -> m.add(facility(1, "X", "Y", " "))).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new MatcherConfig(0.5, 0.7, 0.05, 0.7, 0.4, 0.5, 10)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void shouldMatchWhileFacilitiesAreAddedAndRemovedConcurrently() throws Exception {
		FacilityMatcher m = registry();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Integer>> readers = new ArrayList<>();
			for (int t = 0; t < 3; t++) {
				readers.add(pool.submit(() -> {
					int matched = 0;
					for (int i = 0; i < 2000; i++) {
						MatchResult r = m.match(location("Meghna Apparels Ltd", "House 5, Road 7, Sector 4, Uttara, Dhaka 1230", "BD"));
						if (r.outcome() == MatchOutcome.MATCHED && r.matchedKey() == 3L) {
							matched++;
						}
					}
					return matched;
				}));
			}
			Future<?> writer = pool.submit(() -> {
				for (int i = 100; i < 2100; i++) {
					m.add(facility(i, "Writer Facility " + i, "Plot " + i + ", Konabari, Gazipur", "BD"));
					if (i % 3 == 0) {
						m.remove(i - 50);
					}
				}
			});
			writer.get(60, TimeUnit.SECONDS);
			for (Future<Integer> reader : readers) {
				assertThat(reader.get(60, TimeUnit.SECONDS)).isEqualTo(2000);
			}
		}
		finally {
			pool.shutdownNow();
		}
		// 2000 added; every third i removes i - 50, which exists from i = 150 on: 650 removed
		assertThat(m.size()).isEqualTo(6 + 2000 - 650);
	}

}
