/** Use cases of the training domain; each public method is one transaction. */
package app.tempo.training.application;
