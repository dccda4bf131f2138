/** Recorded activity files read into samples: GPX (jpx), TCX (the JDK's StAX, secured) and FIT (Garmin's FIT SDK). */
package app.tempo.training.infrastructure.activity;
