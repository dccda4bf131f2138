/**
 * Live delivery: each athlete's interaction feed pushed to their connected clients (SSE and WebSocket), on every
 * replica. A commit that writes someone's feed sends "this athlete's feed moved" over Artemis to every replica; each
 * replica reads the feed after the connection's cursor and pushes what is new. See the README, "Live delivery".
 */
package app.tempo.interaction.infrastructure.live;
