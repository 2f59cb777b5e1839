/** Platform services that every module injects, such as the clock. */
package org.alliancecare.app.internal.platform;
