/**
 * Casework internals: the deadline policy and queue routing (configured through MicroProfile
 * Config), loading a case for a change, and the repositories and queries over casework's records.
 */
package se.inkasso.complaints.casework.control;
