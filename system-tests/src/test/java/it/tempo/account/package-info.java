/** The account domain through the real stack: profile, gear and components, hints, sensors, statistics, live settings. */
package it.tempo.account;
