/** The training domain through the real stack. */
package it.tempo.training;
