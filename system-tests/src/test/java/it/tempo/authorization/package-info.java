/** Object-level authorization of every operation on an id: another athlete's resources are invisible and unchangeable. */
package it.tempo.authorization;
