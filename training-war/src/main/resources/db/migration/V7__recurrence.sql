ALTER TABLE training ADD COLUMN recurrence text; -- RecurrenceConverter's text: days, interval, until or count, changes
