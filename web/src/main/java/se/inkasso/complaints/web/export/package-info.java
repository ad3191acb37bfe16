/**
 * Tables staff take away into a spreadsheet (the queue, the follow-up report): CSV and XLSX written
 * as they are read, with every text cell that a spreadsheet would run as a formula neutralised.
 */
package se.inkasso.complaints.web.export;
