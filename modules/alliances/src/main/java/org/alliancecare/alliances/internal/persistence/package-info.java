/**
 * The alliances schema through plain JDBC: alliances, memberships, and the row lock that makes
 * concurrent membership changes of one alliance run one after the other.
 */
package org.alliancecare.alliances.internal.persistence;
