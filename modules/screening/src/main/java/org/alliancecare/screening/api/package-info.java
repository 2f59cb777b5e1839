/**
 * The screening module's public surface: {@link org.alliancecare.screening.api.ScreeningsFacade}
 * and the records it takes and answers. A screening refers to its patient by id only.
 */
package org.alliancecare.screening.api;
