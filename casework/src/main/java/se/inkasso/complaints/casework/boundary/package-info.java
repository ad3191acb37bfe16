/** Casework's entry points: observers of domain events and the services the web layer calls. */
package se.inkasso.complaints.casework.boundary;
