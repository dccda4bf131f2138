/**
 * Traces and metrics beyond what Liberty's mpTelemetry instruments by itself (REST): the W3C trace context carried
 * from a request through the outbox and the JMS message into every consumer, and the event counters and backlog
 * gauges operators alert on (README, "Observability"). Everything goes through the OpenTelemetry API; without an
 * exporter configured it costs little and sends nothing.
 */
package app.tempo.platform.telemetry;
