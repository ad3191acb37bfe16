/**
 * Domain events: past-tense immutable records of ids and values, never entities. Fired
 * synchronously inside the firing service's transaction; the only way feature modules talk.
 */
package se.inkasso.complaints.domain.event;
