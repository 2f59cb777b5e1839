/**
 * The directory's facades and their transactions: reference data, accounts, sign-in and sessions,
 * the cached place tree behind every data scope, and the accounts made on first start.
 */
package org.alliancecare.directory.internal.application;
