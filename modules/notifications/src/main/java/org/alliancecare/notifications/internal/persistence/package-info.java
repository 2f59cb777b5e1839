/** The notifications schema: rules and templates, tracked facts, the outbox (JDBC). */
package org.alliancecare.notifications.internal.persistence;
