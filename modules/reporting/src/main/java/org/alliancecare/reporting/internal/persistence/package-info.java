/**
 * The read models in the {@code reporting} schema: plain JDBC on the application's JTA data source,
 * so that every statement joins the transaction of the event being projected or the report being
 * read.
 */
package org.alliancecare.reporting.internal.persistence;
