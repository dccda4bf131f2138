-- A deleted gear item stays as a tombstone: its id is not used again (a replayed create answers 410).
ALTER TABLE gear ADD COLUMN deleted boolean NOT NULL DEFAULT false;
