/**
 * What the web UI and the WAR that carries it say to each other. The UI asks the WAR, through the
 * interfaces here, for what only the WAR composes: the problem document the API would answer
 * ({@link Refusals}), a patient's history across modules ({@link PatientHistories}), a program's
 * indicators ({@link IndicatorReports}) and the browser's sign-in ({@link BrowserSignIn}); {@code
 * modules/app} implements them. The WAR asks the UI how to answer a failed page ({@link
 * PageErrors}) and where its pages are ({@link WebPages}, {@link SessionCookies}).
 */
package org.alliancecare.web.api;
