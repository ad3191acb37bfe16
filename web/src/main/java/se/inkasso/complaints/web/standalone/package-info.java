/**
 * What only the self-contained WAR on Payara Micro needs: its own data source, configured through
 * MicroProfile Config. Left out of the WAR inside the EAR, where the server provides the data source.
 */
package se.inkasso.complaints.web.standalone;
