/** The external channels that deliver reminders: e-mail over SMTP, SMS through an HTTP gateway. */
package org.alliancecare.notifications.internal.channels;
