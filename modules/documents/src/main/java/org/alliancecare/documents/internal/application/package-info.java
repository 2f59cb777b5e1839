/** The documents facade: what each document says, gathered from the other modules' facades. */
package org.alliancecare.documents.internal.application;
