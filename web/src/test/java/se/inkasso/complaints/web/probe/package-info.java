/**
 * The standing probe's tools: every endpoint of the API found by reflection, the role matrix the
 * contract states, and request bodies generated to be wrong. The unit test compares the first two;
 * {@code EndpointProbeIT} calls the running application with them.
 */
package se.inkasso.complaints.web.probe;
