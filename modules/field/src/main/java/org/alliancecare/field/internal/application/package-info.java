/** Assembling what the field app downloads, over the facades of the modules it works with. */
package org.alliancecare.field.internal.application;
