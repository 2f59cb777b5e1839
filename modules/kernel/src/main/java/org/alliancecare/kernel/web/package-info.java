/**
 * HTTP conventions that a module's REST resources opt into (idempotent creates, {@code If-Match}
 * versions); the mechanisms behind them live once in the application module.
 */
package org.alliancecare.kernel.web;
