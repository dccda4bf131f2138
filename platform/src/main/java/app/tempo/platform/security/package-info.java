/** Who is calling: the SSO's token subject. Tempo keeps no personal data; a user is their token's subject. */
package app.tempo.platform.security;
