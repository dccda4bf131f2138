/** Every endpoint refuses requests without a valid SSO token. */
package it.tempo.security;
