/**
 * The classification engine's entry for the offline field app, compiled to JavaScript ({@code
 * /field/classification.js}) so that the app classifies a screening with the server's own code.
 */
package org.alliancecare.screening.internal.offline;
