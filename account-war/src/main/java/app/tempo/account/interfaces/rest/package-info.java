/** REST API of the account domain under /api/v1/account; every endpoint needs an SSO token. */
package app.tempo.account.interfaces.rest;
