/**
 * The bottom of the house: what every component shares and that depends on no component. Refusals (mapped to
 * localized messages and problem+json), paging, the area-scope value, accent-free search keys, the one CSV writer,
 * Vietnam's calendar day and the outreach services of domain.md.
 */
package vn.langso.kernel;
