/**
 * The Swedish business calendar (D20): public holidays of lag (1989:253) and the eves treated as
 * holidays, and business-day arithmetic for every deadline in the product.
 */
package se.inkasso.complaints.domain.calendar;
