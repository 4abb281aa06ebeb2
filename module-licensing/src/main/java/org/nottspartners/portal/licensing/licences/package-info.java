/** Licences and permits as PDFs: made on a grant, kept against the application, and e-mailed to everyone who must have one. */
package org.nottspartners.portal.licensing.licences;
