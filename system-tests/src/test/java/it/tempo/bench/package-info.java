/** The benchmark behind {@code ./tempo bench}: figures printed and written to a file, never asserted in tests. */
package it.tempo.bench;
