/**
 * The screening schema through plain JDBC on the application's JTA data source: screenings and
 * their versions, and the versioned rule sets; classifications and measurements as JSON.
 */
package org.alliancecare.screening.internal.persistence;
