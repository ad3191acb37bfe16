/** Tests that keep the module structure of ARCHITECTURE.md true as the code grows. */
package se.inkasso.complaints.web.architecture;
