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

	/**
	 * The secretariat's view: the facility's attributes as in {@link Facility}, and what only the
	 * secretariat sees — the ids merged into it, which organisations source there, every committed
	 * row linked to it, who said which value, and its history.
	 */
	record Details(String facilityId, String requestedId, String name, String address, String country, Double lat,
			Double lng, String sector, String productType, String facilityType, String processingType,
			String numberOfWorkers, String parentCompany, String status, Instant createdAt, List<String> aliases,
			List<Sourcing> sourcedBy, List<Statement> statements, List<Provenance> provenance, List<Change> history) {

		static Details of(FacilityDetails d) {
			Facility f = Facility.of(d.resolved());
			return new Details(f.facilityId(), f.requestedId(), f.name(), f.address(), f.country(), f.lat(), f.lng(),
					f.sector(), f.productType(), f.facilityType(), f.processingType(), f.numberOfWorkers(),
					f.parentCompany(), f.status(), f.createdAt(), d.aliases().stream().map(FacilityId::value).toList(),
					d.sourcedBy().stream().map(Sourcing::of).toList(),
					d.statements().stream().map(Statement::of).toList(),
					d.provenance().stream().map(Provenance::of).toList(), d.history().stream().map(Change::of).toList());
		}

	}

	record Sourcing(String organisationId, String organisationName, Integer tier, String importId) {

		static Sourcing of(FacilityDetails.Sourcing s) {
			return new Sourcing(s.organisationId().toString(), s.organisationName(), s.tier(), id(s.listId()));
		}

	}

	record Statement(String importId, int rowNumber, String organisationId, String organisationName, String outcome,
			String name, String address, String country, Integer tier, Instant statedAt, boolean confirmedByPerson,
			boolean current) {

		static Statement of(FacilityDetails.Statement s) {
			return new Statement(id(s.listId()), s.rowNumber(), s.organisationId().toString(), s.organisationName(),
					s.outcome().name(), s.name(), s.address(), s.countryCode(), s.tier(), s.statedAt(),
					s.confirmedByPerson(), s.current());
		}

	}

	record Provenance(String attribute, String value, String organisationId, String organisationName,
			String importId, Integer rowNumber, Instant statedAt) {

		static Provenance of(FacilityDetails.ProvenanceEntry p) {
			return new Provenance(p.attribute(), p.value(), p.organisationId().toString(), p.organisationName(),
					id(p.listId()), p.rowNumber(), p.statedAt());
		}

	}

	record Change(long id, String kind, String facilityId, String otherFacilityId, String actor, String reason,
			Instant changedAt, boolean undone, boolean undoable) {

		static Change of(FacilityDetails.Change c) {
			return new Change(c.id(), c.kind(), c.facilityId().value(), c.otherId().value(), c.actor(), c.reason(),
					c.changedAt(), c.undone(), c.undoable());
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
