/** REST API of the interaction domain under /api/v1/interaction; every endpoint needs an SSO token. */
package app.tempo.interaction.interfaces.rest;
