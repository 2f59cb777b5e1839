/**
 * The directory's tables (schema {@code directory}, migrations in {@code db/migration/directory}),
 * reached through the {@code directory} persistence unit: one store per aggregate, with named or
 * criteria queries and key-based paging.
 */
package org.alliancecare.directory.internal.persistence;
