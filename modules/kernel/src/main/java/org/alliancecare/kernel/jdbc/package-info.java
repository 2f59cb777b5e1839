/** Reading the columns of JDBC results the same way in every module that uses plain JDBC. */
package org.alliancecare.kernel.jdbc;
