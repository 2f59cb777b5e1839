/**
 * Printed documents for families and receiving hospitals: the result slip of a screening and the
 * letter of a referral, in Uyghur and Chinese on the same page, as PDF (for download and for the
 * printer of a township health centre) or as a printable HTML page, on A4 or A5 paper. Printing is
 * access-logged like reading the record.
 */
package org.alliancecare.documents;
