/**
 * The FHIR R4 API under {@code /fhir}: HAPI FHIR's plain (not JPA) {@code RestfulServer} with one
 * resource provider per type, each mapping a module's facade records to HAPI's R4 structures.
 */
package org.alliancecare.interop.internal.fhir;
