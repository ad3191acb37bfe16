/** Bringing the application up: schema migration first, then demo data where it belongs. */
package se.inkasso.complaints.web.startup;
