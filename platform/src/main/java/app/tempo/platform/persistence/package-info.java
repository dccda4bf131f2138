/** JPA helpers every WAR's persistence unit lists. */
package app.tempo.platform.persistence;
