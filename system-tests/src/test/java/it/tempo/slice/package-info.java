/** The vertical slice through the gateway: plan, complete, wear gear, notify; offline-safe writes. */
package it.tempo.slice;
