-- A notification may carry a title and a link to act on (a gear replacement hint's Store page).
ALTER TABLE notification ADD COLUMN title text;
ALTER TABLE notification ADD COLUMN link text;
