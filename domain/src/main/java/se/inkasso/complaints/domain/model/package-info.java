/**
 * The shared kernel every module may read: debtors, creditors, claims with their collection holds,
 * staff members and portal credentials, and the vocabulary of a case (types, statuses, steps,
 * decisions, outcomes, deadlines). Cases themselves belong to casework and contacts to intake.
 * Every aggregate root carries a version for optimistic locking, so concurrent edits are detected,
 * not overwritten.
 */
package se.inkasso.complaints.domain.model;
