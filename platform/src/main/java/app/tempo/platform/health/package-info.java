/** MicroProfile Health: started once migrated, ready while the database and the broker answer. */
package app.tempo.platform.health;
