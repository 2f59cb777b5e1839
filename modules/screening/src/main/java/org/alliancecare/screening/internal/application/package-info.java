/**
 * The screening facade's implementation, the transaction boundary: it checks the patient's data
 * scope and consent through the patients module, classifies under the rule set in force, stores,
 * and raises the events the audit journal records; and it follows merges of duplicate patients.
 */
package org.alliancecare.screening.internal.application;
