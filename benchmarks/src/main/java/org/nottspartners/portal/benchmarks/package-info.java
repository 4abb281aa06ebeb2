/**
 * Benchmarks of the portal's hot paths on generated data of realistic size, reported as ratios to a
 * baseline measured in the same run; never timed assertions.
 */
package org.nottspartners.portal.benchmarks;
