/** The clinics' HTTP resources: parse, check the role, delegate to the facade, map the result. */
package org.alliancecare.outreach.internal.rest;
