/** The alliances' HTTP resources: parse, check the role, delegate to the facade, map the result. */
package org.alliancecare.alliances.internal.rest;
