/** Amounts of money with their currency; claims are in Swedish kronor. */
package se.inkasso.complaints.domain.money;
