package org.imvo.platform.identity;

/** An organisation in the secretariat's list, with how many user accounts it has (and how many are enabled). */
public record OrganisationOverview(OrganisationSummary organisation, int users, int enabledUsers) {
}
