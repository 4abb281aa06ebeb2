/**
 * System tests of the whole portal on the real servers, and the architecture and migration checks
 * that need every module at once.
 */
package org.nottspartners.portal.systemtests;
