/**
 * The directory's public surface: who the caller is ({@link org.alliancecare.directory.api.Caller},
 * {@link org.alliancecare.directory.api.CurrentCaller}), what they may see ({@link
 * org.alliancecare.directory.api.DataScope}), and the facades for places, organisations,
 * practitioners, accounts and sessions. Other modules use only this package and {@code api.events}.
 */
package org.alliancecare.directory.api;
