/** REST API of the training domain under /api/v1/training; every endpoint needs an SSO token. */
package app.tempo.training.interfaces.rest;
