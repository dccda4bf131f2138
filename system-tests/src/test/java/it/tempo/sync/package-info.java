/** The offline sync protocol through the gateway: change feeds, tombstones, cursors, batch pushes. */
package it.tempo.sync;
