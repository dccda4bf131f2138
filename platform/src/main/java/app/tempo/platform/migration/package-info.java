/** Versioned schema migrations (Flyway), run once at start before the WAR takes requests or messages. */
package app.tempo.platform.migration;
