/**
 * Traces and metrics as an operator's collector receives them: the servers export over OTLP to a real receiver in
 * the test run ({@link it.tempo.telemetry.OtlpReceiver}), and the tests read what arrived.
 */
package it.tempo.telemetry;
