/**
 * Identifiers that people type and read: personnummer (D21), payment references (D22) and case
 * references. Each is validated when it is made, with a message that says what is wrong.
 */
package se.inkasso.complaints.domain.identity;
