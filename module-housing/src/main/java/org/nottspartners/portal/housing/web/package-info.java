/** 16/17 housing's pages: the dashboard, an emergency, an A1, a provider's referrals and the scoring scheme. */
package org.nottspartners.portal.housing.web;
