/** The contract of domain events that every module raises and the audit journal records. */
package org.alliancecare.kernel.events;
