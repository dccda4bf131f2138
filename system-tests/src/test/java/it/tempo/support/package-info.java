/** How the tests reach the running stack: its addresses, tokens from the SSO, the database, the broker, ./tempo. */
package it.tempo.support;
