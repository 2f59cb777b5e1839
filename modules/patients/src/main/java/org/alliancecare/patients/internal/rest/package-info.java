/** The patients' REST resources: {@code /api/patients} and its consents, identity number, merge. */
package org.alliancecare.patients.internal.rest;
