/** The Gear aggregate: an athlete's shoes, bikes and components, and the wear they accumulate. */
package app.tempo.account.domain.model.gear;
