/** The Profile aggregate: what an athlete shows of themselves, with their time zone, units and default gear. */
package app.tempo.account.domain.model.profile;
