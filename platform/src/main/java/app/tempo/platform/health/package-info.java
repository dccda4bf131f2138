/**
 * MicroProfile Health: started once migrated, ready while the database answers; the broker's state is reported
 * without making the server unready (writes wait in the outbox).
 */
package app.tempo.platform.health;
