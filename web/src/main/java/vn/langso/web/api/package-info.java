/**
 * The JSON API under {@code /api/v1}, for the mobile and offline client. Resources only delegate to boundaries;
 * every refusal is answered as an RFC 9457 problem+json body.
 */
package vn.langso.web.api;
