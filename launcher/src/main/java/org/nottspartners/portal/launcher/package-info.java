/**
 * Starts the portal's servers on this machine (embedded PostgreSQL, Keycloak in dev mode, Payara
 * Server) for the run command and for the system tests, and stops every one of them again.
 */
package org.nottspartners.portal.launcher;
