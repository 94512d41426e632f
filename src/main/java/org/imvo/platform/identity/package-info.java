/**
 * Identity and access: organisations (the tenants), users with roles per organisation, form login,
 * API tokens, login throttling, first-administrator setup, and {@link org.imvo.platform.identity.OrganisationAccess},
 * the one place that decides who may read or change an organisation's confidential data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and access")
package org.imvo.platform.identity;
