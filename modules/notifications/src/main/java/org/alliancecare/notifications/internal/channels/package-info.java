/**
 * The external channels a reminder goes out by: e-mail over SMTP ({@link
 * org.alliancecare.notifications.internal.channels.MailSender}) and SMS through a pluggable HTTP
 * gateway ({@link org.alliancecare.notifications.internal.channels.SmsGateway}, with Yunpian's API
 * as the one provider so far). The outbox worker asks {@link
 * org.alliancecare.notifications.internal.channels.Senders} for a channel's sender and gets back a
 * {@link org.alliancecare.notifications.internal.channels.Delivery}: accepted, retry later, or
 * refused for good. docs/reminders.md, "Channels".
 */
package org.alliancecare.notifications.internal.channels;
