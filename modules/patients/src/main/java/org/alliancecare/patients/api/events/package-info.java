/** Facts about patients that other modules and the audit journal observe. */
package org.alliancecare.patients.api.events;
