/** GPX documents in and out (jpx, with XML parsers hardened against external entities). */
package app.tempo.training.infrastructure.gpx;
