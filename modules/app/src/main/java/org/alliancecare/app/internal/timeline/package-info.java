/**
 * A patient's timeline: everything the audit journal holds about the child, across every module and
 * every registration merged into it, oldest first, with a sentence for each entry.
 */
package org.alliancecare.app.internal.timeline;
