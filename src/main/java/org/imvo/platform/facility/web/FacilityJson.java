package org.imvo.platform.facility.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.imvo.platform.facility.CandidateView;
import org.imvo.platform.facility.FacilityDetails;
import org.imvo.platform.facility.FacilityId;
import org.imvo.platform.facility.FacilityView;
import org.imvo.platform.facility.ImportId;
import org.imvo.platform.facility.ImportRow;
import org.imvo.platform.facility.ImportSummary;
import org.imvo.platform.facility.Location;
import org.imvo.platform.facility.ResolvedFacility;
import org.imvo.platform.facility.RowOutcome;

/** The JSON shapes of the facility API (DESIGN.md section 3); ids are strings. */
final class FacilityJson {

	private FacilityJson() {
	}

	record Accepted(String importId) {
	}

	record Import(String importId, String organisationId, String status, Integer rowsTotal, int rowsDone,
			int percent, String fileName, String format, long sizeBytes, String sha256, String uploadedBy,
			Instant createdAt, Instant startedAt, Instant finishedAt, Instant committedAt, boolean current,
			Map<String, Long> counts, long pendingReview, String errorCode, String errorMessage) {

		static Import of(ImportSummary s) {
			Map<String, Long> counts = new LinkedHashMap<>();
			for (RowOutcome outcome : RowOutcome.values()) {
				counts.put(outcome.name(), s.count(outcome));
			}
			return new Import(s.id().toString(), s.organisationId().toString(), s.status().name(), s.rowsTotal(),
					s.rowsDone(), s.percent(), s.fileName(), s.format(), s.sizeBytes(), s.sha256(), s.uploadedBy(),
					s.createdAt(), s.startedAt(), s.finishedAt(), s.committedAt(), s.current(), counts,
					s.pendingReview(), s.errorCode(), s.errorMessage());
		}

	}

	record Candidate(String facilityId, String name, String address, String country, double score,
			List<String> reasons) {

		static Candidate of(CandidateView c) {
			return new Candidate(c.facilityId().value(), c.name(), c.address(), c.countryCode(), c.score(), c.reasons());
		}

	}

	record Row(int rowNumber, String outcome, String facilityId, Double score, List<String> messages,
			List<Candidate> candidates, String name, String address, String country, String countryCode, Integer tier,
			String decidedBy, Instant decidedAt, Map<String, String> raw) {

		static Row of(ImportRow r) {
			return new Row(r.rowNumber(), r.outcome().name(), id(r.facilityId()), r.score(), r.messages(),
					r.candidates().stream().map(Candidate::of).toList(), r.name(), r.address(), r.country(),
					r.countryCode(), r.tier(), r.decidedBy(), r.decidedAt(), r.raw());
		}

	}

	record Location(String facilityId, String name, String address, String country, Double lat, Double lng,
			Integer tier, String sector, String productType, String listedName, String listedAddress, String importId,
			int rowNumber) {

		static Location of(org.imvo.platform.facility.Location l) {
			return new Location(l.facilityId().value(), l.name(), l.address(), l.countryCode(), l.lat(), l.lng(),
					l.tier(), l.sector(), l.productType(), l.listedName(), l.listedAddress(), l.listId().toString(),
					l.rowNumber());
		}

	}

	/**
	 * A facility as anyone signed in may see it: its own attributes only.
	 *
	 * @param requestedId the id that was asked for (an old id of a merged facility resolves to the survivor)
	 */
	record Facility(String facilityId, String requestedId, String name, String address, String country, Double lat,
			Double lng, String sector, String productType, String facilityType, String processingType,
			String numberOfWorkers, String parentCompany, String status, Instant createdAt) {

		static Facility of(ResolvedFacility resolved) {
			FacilityView f = resolved.facility();
			return new Facility(f.facilityId().value(), resolved.requestedId().value(), f.name(), f.address(),
					f.countryCode(), f.lat(), f.lng(), f.sector(), f.productType(), f.facilityType(),
					f.processingType(), f.numberOfWorkers(), f.parentCompany(), f.status().name(), f.createdAt());
		}

		static Facility of(FacilityView f) {
			return of(new ResolvedFacility(f, f.facilityId()));
		}

	}

	/** The secretariat's view: the facility, its aliases, who sources there, provenance and history. */
	record Details(Facility facility, List<String> aliases, List<FacilityDetails.Sourcing> sourcedBy,
			List<FacilityDetails.Statement> statements, List<FacilityDetails.ProvenanceEntry> provenance,
			List<FacilityDetails.Change> history) {

		static Details of(FacilityDetails d) {
			return new Details(Facility.of(d.resolved()), d.aliases().stream().map(FacilityId::value).toList(),
					d.sourcedBy(), d.statements(), d.provenance(), d.history());
		}

	}

	record Decision(String facilityId) {
	}

	record Merge(String absorbedFacilityId, String reason) {
	}

	record Reason(String reason) {
	}

	record Separated(String facilityId) {
	}

	static String id(FacilityId id) {
		return id == null ? null : id.value();
	}

	static String id(ImportId id) {
		return id == null ? null : id.toString();
	}

}
