/**
 * The alliances facade: the transaction boundary that loads a roster under a row lock, applies a
 * change, stores it and fires its events.
 */
package org.alliancecare.alliances.internal.application;
