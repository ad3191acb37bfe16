/**
 * Integration tests: the real WAR deployed on Payara Micro by Arquillian, against PostgreSQL, and
 * the application started exactly as the README's run command starts it.
 */
package se.inkasso.complaints.web.it;
