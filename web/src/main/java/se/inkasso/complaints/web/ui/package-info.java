/** Backing beans of the Facelets pages shared by the staff UI and the portal: language, layout. */
package se.inkasso.complaints.web.ui;
