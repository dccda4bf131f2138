-- The sensors that recorded a completed training (account-war lists each sensor's trainings from the event).
ALTER TABLE training ADD COLUMN sensor_ids text;
