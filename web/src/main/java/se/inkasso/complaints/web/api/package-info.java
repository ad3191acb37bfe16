/**
 * The JSON API under {@code /api} (docs/API.md). Errors are RFC 9457 problem details in the
 * caller's language; never a stack trace.
 */
package se.inkasso.complaints.web.api;
