/**
 * Dates and amounts written as a reader of each language writes them, the same in letters and on
 * pages.
 */
package se.inkasso.complaints.domain.text;
