/**
 * Performance work at agency scale (#9), outside the application: a generator that fills
 * PostgreSQL with a reproducible agency-size data set through the application's own Flyway
 * schema, and the benchmark that measures the application against the plain way of doing the
 * same work on the same machine.
 */
package se.inkasso.complaints.bench;
