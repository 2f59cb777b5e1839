/**
 * Patients: the children and adults seen, their guardians and consents, and their resident identity
 * numbers, kept encrypted and shown masked.
 */
package org.alliancecare.patients;
