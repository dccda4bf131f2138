/** The deployment shapes operators use: each WAR on its own server (the rest of the suite), all three in one. */
package it.tempo.shapes;
