/**
 * Demo data for the embedded default: creditors, debtors, claims, cases in varied states, and demo
 * logins for staff and debtors (listed in the README). Never loaded into another database unless
 * configuration asks for it.
 */
package se.inkasso.complaints.web.demo;
