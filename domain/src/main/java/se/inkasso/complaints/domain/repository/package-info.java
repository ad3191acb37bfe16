/**
 * Finding and storing aggregates. Each repository is a CDI bean over the one persistence unit;
 * the caller's transaction applies.
 */
package se.inkasso.complaints.domain.repository;
