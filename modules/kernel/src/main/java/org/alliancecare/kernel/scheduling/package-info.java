/**
 * Scheduled jobs in a cluster: each occurrence of a job runs on one node only ({@link
 * org.alliancecare.kernel.scheduling.OnceInCluster}).
 */
package org.alliancecare.kernel.scheduling;
