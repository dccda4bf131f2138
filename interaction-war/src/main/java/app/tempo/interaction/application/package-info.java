/** Use cases of the interaction domain; each public method is one transaction. */
package app.tempo.interaction.application;
