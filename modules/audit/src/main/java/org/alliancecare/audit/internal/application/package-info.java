/**
 * The audit module at work inside the application: the observer that journals every domain event in
 * the transaction that raised it, the access-log writer, and the facade over both.
 */
package org.alliancecare.audit.internal.application;
