package org.imvo.platform.facility.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.imvo.platform.facility.ImportStatus;
import org.imvo.platform.facility.internal.ImportRepository.Attention;
import org.imvo.platform.facility.internal.ImportRepository.ListRecord;
import org.imvo.platform.home.AttentionItem;
import org.imvo.platform.home.AttentionProvider;
import org.imvo.platform.identity.CurrentUser;
import org.imvo.platform.identity.OrganisationType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Start-page cards. A company: its current list's rows awaiting review, an import that failed or is
 * still running, or a prompt to upload its first list. The secretariat: imports that failed in the
 * last week (urgent: a company may be stuck) and rows awaiting review across companies.
 */
@Component
class FacilityAttention implements AttentionProvider {

	private final ImportRepository lists;

	private final Clock clock;

	FacilityAttention(ImportRepository lists, Clock clock) {
		this.lists = lists;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<AttentionItem> itemsFor(CurrentUser user) {
		List<AttentionItem> items = new ArrayList<>();
		if (user.isSecretariat()) {
			List<Attention> failed = lists.failedSince(clock.instant().minus(Duration.ofDays(7)), null);
			if (!failed.isEmpty()) {
				items.add(new AttentionItem("facility.attention.failedImports", List.of(), "/registry", failed.size(),
						true));
			}
			long review = lists.pendingReviews(null).stream().mapToLong(Attention::count).sum();
			if (review > 0) {
				items.add(new AttentionItem("facility.attention.reviewAcross", List.of(), "/registry", review, false));
			}
			return items;
		}
		if (user.organisationType() != OrganisationType.COMPANY) {
			return items;
		}
		String page = "/organisations/" + user.organisationId() + "/locations";
		List<ListRecord> history = lists.lists(user.organisationId());
		Optional<ListRecord> latest = history.stream().findFirst();
		if (latest.isEmpty()) {
			items.add(new AttentionItem("facility.attention.noList", List.of(), page, -1, false));
			return items;
		}
		ListRecord last = latest.get();
		if (last.status() == ImportStatus.FAILED) {
			items.add(new AttentionItem("facility.attention.failed", List.of(last.fileName()),
					"/imports/" + last.id(), -1, true));
		}
		else if (last.status().isPending()) {
			items.add(new AttentionItem("facility.attention.running", List.of(last.fileName()),
					"/imports/" + last.id(), -1, false));
		}
		lists.pendingReviews(user.organisationId())
			.forEach(a -> items.add(new AttentionItem("facility.attention.review", List.of(a.fileName()),
					"/imports/" + a.id() + "/review", a.count(), false)));
		return items;
	}

}
