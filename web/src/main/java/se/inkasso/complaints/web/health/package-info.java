/** MicroProfile Health checks: ready only when the database answers and its schema is current. */
package se.inkasso.complaints.web.health;
