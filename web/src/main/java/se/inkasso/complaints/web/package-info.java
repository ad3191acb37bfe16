/**
 * The web tier: the staff UI and the debtor portal in PrimeFaces, the JSON API, health, metrics
 * and OpenAPI. It calls the feature modules' boundaries and holds no business rules of its own.
 */
package se.inkasso.complaints.web;
