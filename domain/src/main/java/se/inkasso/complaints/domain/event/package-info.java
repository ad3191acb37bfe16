/**
 * Domain events: past-tense immutable records of ids and values, never entities. Fired
 * synchronously, inside the firing service's transaction where it has one (the deadline job's
 * start and end are announced outside its batches' transactions); the only way feature modules
 * talk.
 */
package se.inkasso.complaints.domain.event;
