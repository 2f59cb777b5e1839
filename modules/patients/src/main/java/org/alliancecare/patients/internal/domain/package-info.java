/**
 * The patient aggregate and its value objects: names normalised for search, resident identity
 * numbers (GB 11643) with their check character, guardians and consents.
 */
package org.alliancecare.patients.internal.domain;
