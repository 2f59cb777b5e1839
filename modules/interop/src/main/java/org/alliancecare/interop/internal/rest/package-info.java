/** The imports' REST resources below {@code /api} (docs/import.md). */
package org.alliancecare.interop.internal.rest;
