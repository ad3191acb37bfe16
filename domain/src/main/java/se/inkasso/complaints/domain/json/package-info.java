/**
 * JSON for the API and the outbox, built through one provider looked up once for the
 * application (#9).
 */
package se.inkasso.complaints.domain.json;
