/**
 * Directory and access control: places, organisations, practitioners, accounts, sign-in, roles and
 * data scope. Every other module relies on it for who the caller is and what they may see.
 */
package org.alliancecare.directory;
