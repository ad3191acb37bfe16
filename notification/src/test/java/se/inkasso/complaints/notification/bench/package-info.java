/** Benchmarks run by hand (scripts/bench-letters.sh), never by the test suite: they print figures, they assert nothing. */
package se.inkasso.complaints.notification.bench;
