/** The packaging test: the EAR deployed on a real Payara Server the way operations deploy it. */
package se.inkasso.complaints.ear;
