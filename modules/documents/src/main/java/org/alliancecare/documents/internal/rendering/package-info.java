/**
 * The pages of the documents (one XHTML template per document, which is also the printable HTML
 * page), their fonts, the shaping of Uyghur text for the PDF, the QR code, and the PDF itself.
 */
package org.alliancecare.documents.internal.rendering;
