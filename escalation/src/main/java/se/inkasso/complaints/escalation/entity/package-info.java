/** What escalation keeps: the complaints officer's reviews and the referrals to external bodies (D16, D17). */
package se.inkasso.complaints.escalation.entity;
