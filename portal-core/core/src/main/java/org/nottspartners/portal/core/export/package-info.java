/**
 * Core's kit for exports that every module uses: CSV cells a spreadsheet opens safely (formula injection
 * neutralised, UTF-8 declared).
 */
package org.nottspartners.portal.core.export;
