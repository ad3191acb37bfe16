/** Timers that run the feature modules' scheduled work, such as the deadline job. */
package se.inkasso.complaints.web.schedule;
