/**
 * Casework's entry points: observers of domain events, the services the web layer calls, and what
 * they hand back (the case file, queue rows, headings): records, never entities.
 */
package se.inkasso.complaints.casework.boundary;
