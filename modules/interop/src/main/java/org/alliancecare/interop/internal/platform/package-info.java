/** What the interop module's libraries need of the platform they run on. */
package org.alliancecare.interop.internal.platform;
