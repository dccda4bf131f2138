/** Strict JSON binding of request bodies: text, instants and dates that every endpoint can store. */
package app.tempo.platform.json;
