/**
 * The commands of the JSON API as request records: each names its fields and their rules (Bean
 * Validation, with message keys the problem details put in the caller's language), and read by
 * {@link se.inkasso.complaints.web.api.RequestReader} from the request's JSON.
 */
package se.inkasso.complaints.web.api.command;
