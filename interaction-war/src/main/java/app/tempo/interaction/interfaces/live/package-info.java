/** The live channels: Server-Sent Events ({@code GET /live}) and a WebSocket ({@code /live/socket}). */
package app.tempo.interaction.interfaces.live;
