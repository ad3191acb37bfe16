/**
 * The shared language of all feature modules: entities, value objects, repositories, domain
 * events and the Swedish business calendar. Feature modules depend on this package only and
 * talk to each other through the events in {@link se.inkasso.complaints.domain.event}.
 */
package se.inkasso.complaints.domain;
