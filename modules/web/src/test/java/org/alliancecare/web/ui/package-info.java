/**
 * Browser journeys through the web UI: Selenium drives Debian's Chromium headless against the
 * packaged application on real PostgreSQL, one journey per role, screenshots under {@code
 * target/screenshots/}, page load times printed.
 */
package org.alliancecare.web.ui;
