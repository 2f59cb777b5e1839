/** Specialist alliances (专科联盟) and their members, with membership history that is never deleted. */
package org.alliancecare.alliances;
