/**
 * Who is calling: HTTP Basic for the API with staff accounts (username) and debtors
 * (personnummer), checked against salted PBKDF2 hashes; roles as in ARCHITECTURE.md.
 */
package se.inkasso.complaints.web.security;
