/**
 * The served API documents held to the code and to the running endpoints: complete, and saying what the endpoints
 * really answer.
 */
package it.tempo.documents;
