/**
 * The field app: an installable, offline-first web app for outreach clinics (served at {@code
 * /field/}), and the API it needs besides the other modules' own (the pack of a clinic day).
 */
package org.alliancecare.field;
