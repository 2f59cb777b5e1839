/**
 * The patients module's public surface: {@link org.alliancecare.patients.api.PatientsFacade} and
 * the records it takes and returns. Other modules refer to a patient by its id only.
 */
package org.alliancecare.patients.api;
