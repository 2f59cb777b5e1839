/**
 * The reliability harness: faults and abuse against the packaged application (crashes of the server
 * and of the database under load, generated hostile input, concurrent edits and duplicate creates,
 * security checks, backup and point-in-time restore), each producing figures that {@link
 * org.alliancecare.reliability.Figures} prints and writes.
 */
package org.alliancecare.reliability;
