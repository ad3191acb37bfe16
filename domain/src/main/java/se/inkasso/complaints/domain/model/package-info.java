/**
 * The aggregates and their parts: debtors, creditors, claims with their collection holds, cases
 * with their timelines and links, and staff members. Every aggregate root carries a version for
 * optimistic locking, so concurrent edits are detected, not overwritten.
 */
package se.inkasso.complaints.domain.model;
