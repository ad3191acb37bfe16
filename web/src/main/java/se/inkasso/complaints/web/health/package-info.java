/**
 * Monitoring: MicroProfile Health (ready only when the database answers and its schema is
 * current), and in MicroProfile Metrics the outbox gauges (what waits, what was given up) and the
 * counters of what casework announces (deadlines approaching and missed, closures, holds).
 */
package se.inkasso.complaints.web.health;
