/** HTTP conventions shared by the REST layers: versions as ETags, conditional writes. */
package app.tempo.platform.http;
