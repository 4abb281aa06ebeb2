/** Files people upload (a birth certificate, a photograph, a DBS certificate): checked by their content and size. */
package org.nottspartners.portal.core.upload;
