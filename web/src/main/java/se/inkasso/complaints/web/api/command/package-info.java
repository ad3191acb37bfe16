/**
 * The commands of the JSON API as request records: each names its fields and their rules (Bean
 * Validation, with message keys the problem details put in the caller's language), and read by
 * {@link se.inkasso.complaints.web.api.RequestReader} from the request's JSON. The rules are this
 * package's own constraints, composed of Bean Validation's but reaching only the records' fields:
 * Bean Validation's own annotations would also sit on a record's constructor parameters, which
 * Payara's OpenAPI reader cannot take (it fails the whole document).
 */
package se.inkasso.complaints.web.api.command;
