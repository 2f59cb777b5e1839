/**
 * Flows between modules that the module table does not let them wire themselves: the application
 * (which may use every module) carries one module's events to another's facade, in the same
 * transaction as the event.
 */
package org.alliancecare.app.internal.flows;
