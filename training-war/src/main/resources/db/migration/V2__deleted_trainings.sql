-- A deleted training stays as a tombstone: its id is not used again (a replayed create answers 410).
ALTER TABLE training ADD COLUMN deleted boolean NOT NULL DEFAULT false;
