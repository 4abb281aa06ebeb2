/** Providers of accommodation: their places free, kept by their own staff, and the places refused for children. */
package org.nottspartners.portal.housing.providers;
