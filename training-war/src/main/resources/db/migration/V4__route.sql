-- A training's route: its summary with the training (it is part of the training's version and feed entry), the GPX
-- document Tempo writes of its points beside it (read only when asked for; nothing of the uploaded file but points).
ALTER TABLE training ADD COLUMN route_points                int;
ALTER TABLE training ADD COLUMN route_distance_meters       double precision;
ALTER TABLE training ADD COLUMN route_elevation_gain_meters double precision;
ALTER TABLE training ADD COLUMN route_elevation_loss_meters double precision;
ALTER TABLE training ADD COLUMN route_min_latitude          double precision;
ALTER TABLE training ADD COLUMN route_min_longitude         double precision;
ALTER TABLE training ADD COLUMN route_max_latitude          double precision;
ALTER TABLE training ADD COLUMN route_max_longitude         double precision;
ALTER TABLE training ADD COLUMN route_digest                text;  -- SHA-256 of the GPX document below

CREATE TABLE training_route (
    training_id uuid PRIMARY KEY REFERENCES training (id),
    gpx         text NOT NULL
);
