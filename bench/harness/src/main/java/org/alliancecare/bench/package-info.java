/**
 * The benchmark harness: starts AllianceCare as its README does, generates populations straight
 * into the modules' tables and the audit journal, measures what users feel (recording a screening,
 * opening a child's history, building a report, starting up) and sets every figure against a
 * baseline measured in the same run. Run it with {@code bench/run}; see {@code bench/README.md}.
 */
package org.alliancecare.bench;
