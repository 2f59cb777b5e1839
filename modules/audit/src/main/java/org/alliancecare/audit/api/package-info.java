/**
 * The audit module's public surface: {@link org.alliancecare.audit.api.AuditFacade} (a patient's
 * timeline, the auditor's journal and access-log queries, verification and checkpoints) and the
 * records it answers. Modules do not call it to write: the journal observes their domain events,
 * and the access log is written for resource methods marked {@code @AccessLogged}.
 */
package org.alliancecare.audit.api;
