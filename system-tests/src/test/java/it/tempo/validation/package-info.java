/** Bad input gets a 4xx problem+json naming the field, never a 5xx, and nothing is written. */
package it.tempo.validation;
