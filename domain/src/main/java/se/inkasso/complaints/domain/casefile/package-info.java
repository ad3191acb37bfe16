/**
 * What the other modules may read of a case, which casework owns and alone writes: a port
 * ({@link se.inkasso.complaints.domain.casefile.CaseLookup}) that casework implements, answering
 * with immutable facts. A module that wants a case changed fires an event that casework observes.
 */
package se.inkasso.complaints.domain.casefile;
