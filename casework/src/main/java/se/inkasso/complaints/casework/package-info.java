/**
 * Casework: registration of received contacts as cases with their clocks (D4, D11, D12), the
 * collection hold on objections (D6), queues, responses and follow-up.
 */
package se.inkasso.complaints.casework;
