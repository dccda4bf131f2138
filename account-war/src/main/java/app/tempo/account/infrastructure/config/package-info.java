/** Configuration that changes while the server runs (README, "Live settings"). */
package app.tempo.account.infrastructure.config;
