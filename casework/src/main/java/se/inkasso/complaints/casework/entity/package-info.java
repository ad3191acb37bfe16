/**
 * What casework owns and alone writes: cases with their timelines and links, final responses, and
 * the managed list of root causes. A case decides its own transitions and records each on its
 * timeline; other modules ask for a change by event and read through the boundary.
 */
package se.inkasso.complaints.casework.entity;
