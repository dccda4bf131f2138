/**
 * Technical plumbing bundled into every Tempo WAR. No domain model and no event classes live here: each WAR owns
 * its aggregates and the records of the events it publishes or consumes; the WARs share events only as contracts.
 */
package app.tempo.platform;
