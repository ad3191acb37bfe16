/**
 * Monitoring: MicroProfile Health (ready only when the database answers and its schema is
 * current) and the outbox gauges in MicroProfile Metrics (what waits, what was given up).
 */
package se.inkasso.complaints.web.health;
