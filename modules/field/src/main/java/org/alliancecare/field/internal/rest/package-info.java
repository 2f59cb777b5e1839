/** The field app's endpoints under {@code /api/field}. */
package org.alliancecare.field.internal.rest;
