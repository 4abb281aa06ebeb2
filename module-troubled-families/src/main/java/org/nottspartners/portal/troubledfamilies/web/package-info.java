/** Supporting Families' page. */
package org.nottspartners.portal.troubledfamilies.web;
