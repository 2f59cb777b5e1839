/** The field module's own rules: how a name is spelled for searching on a device. */
package org.alliancecare.field.internal.domain;
