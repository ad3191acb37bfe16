/**
 * How the domain is stored: the schema migrations run before anything touches the database,
 * attribute converters for value objects, and the repositories feature modules use.
 */
package se.inkasso.complaints.domain.persistence;
