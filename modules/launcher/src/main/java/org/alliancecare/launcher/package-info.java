/**
 * Runs AllianceCare from its packaged form: the embedded database when none is configured, Payara
 * Micro with the WAR, and an orderly stop of both.
 */
package org.alliancecare.launcher;
