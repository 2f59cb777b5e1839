/** How the container serves the field app's own files under {@code /field/}. */
package org.alliancecare.field.internal.web;
