/** Where patients and consents are kept: the {@code patients} schema, through JPA. */
package org.alliancecare.patients.internal.persistence;
