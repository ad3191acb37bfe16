/**
 * Finding and storing the shared kernel's aggregates, and {@link se.inkasso.complaints.domain.repository.Store},
 * the base every module's repositories extend. Each repository is a CDI bean over the one
 * persistence unit; the caller's transaction applies.
 */
package se.inkasso.complaints.domain.repository;
