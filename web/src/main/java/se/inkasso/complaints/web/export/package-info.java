/**
 * What people take away: tables staff open in a spreadsheet (the queue, the follow-up report), CSV
 * and XLSX written as they are read, with every text cell that a spreadsheet would run as a formula
 * neutralised; and a debtor's register extract (D29), as JSON and as a PDF.
 */
package se.inkasso.complaints.web.export;
