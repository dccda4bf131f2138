/** The Sensor aggregate: the athlete's Bluetooth sensors and the trainings they recorded. */
package app.tempo.account.domain.model.sensor;
