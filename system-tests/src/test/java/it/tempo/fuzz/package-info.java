/**
 * Property-based fuzzing (jqwik) of every operation the servers' OpenAPI documents list: hostile bodies, headers and
 * query parameters never get a 5xx, errors are problem+json without internals, and a refused write writes nothing.
 */
package it.tempo.fuzz;
