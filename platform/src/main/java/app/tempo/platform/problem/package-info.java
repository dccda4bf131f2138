/** RFC 9457 problem details: every error answer of every endpoint, through JAX-RS exception mappers. */
package app.tempo.platform.problem;
