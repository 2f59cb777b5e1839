/** The patients facade: the transaction boundary of every change to patients and consents. */
package org.alliancecare.patients.internal.application;
