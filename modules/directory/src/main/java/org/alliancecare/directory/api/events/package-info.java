/**
 * Facts the directory publishes: accounts created, changed and locked, places and organisations
 * added, practitioners registered and changed. They never carry passwords, hashes or tokens.
 */
package org.alliancecare.directory.api.events;
