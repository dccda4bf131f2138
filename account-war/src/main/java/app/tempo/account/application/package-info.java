/** Use cases of the account domain; each public method is one transaction. */
package app.tempo.account.application;
