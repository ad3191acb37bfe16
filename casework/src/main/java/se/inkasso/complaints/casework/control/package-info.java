/** Casework internals: deadline policy and queue routing, configured through MicroProfile Config. */
package se.inkasso.complaints.casework.control;
