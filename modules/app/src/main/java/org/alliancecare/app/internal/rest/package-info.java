/** The application's own REST resources and the JAX-RS application that roots every module's. */
package org.alliancecare.app.internal.rest;
